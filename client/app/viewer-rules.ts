// Who is looking, and what they may do: the one place pages and the menu ask, read from the
// session's `me` (role, own units, the units whose pages they may open). The server decides what
// each request may see; this only keeps the client from offering what would be refused. Plain
// functions, without React: the page's entry (early-requests.ts) asks them before the app arrives;
// components ask through useViewer (viewer.ts).
import type { SignedInViewer } from './auth';

export type Role = 'HQ_ADMIN' | 'HQ_ANALYST' | 'BRANCH' | 'REGULATOR';

/** What a viewer may be offered; a page or link not allowed is not shown at all (no dead links). */
export type Capability =
  | 'overview' // the company-wide overview (HQ)
  | 'rankings'
  | 'compare'
  | 'complaints' // the complaint list and details
  | 'unitTree'
  | 'scorecard' // headquarters' annual scorecard (考评): never the regulator's
  | 'rules' // the deadline and scorecard rule sets (规则), which HQ_ADMIN changes: headquarters'
  | 'reportDrafts'; // building, previewing, submitting reports and checking them for restatement

export interface Viewer {
  role: Role;
  /** The unit the viewer's data is scoped to: HQ, a branch, or a regulator's jurisdiction. */
  homeUnit: string;
  capabilities: ReadonlySet<Capability>;
  /** Whether the viewer may open a unit's page (its subtree is in their scope); links to others are not drawn. */
  mayOpenUnit: (code: string) => boolean;
}

const EVERYTHING = new Set<Capability>([
  'overview',
  'rankings',
  'compare',
  'complaints',
  'unitTree',
  'scorecard',
  'rules',
  'reportDrafts',
]);
// Branches and the regulator rank and compare within their scope (a branch sees its peers' ranks);
// the company overview is headquarters'.
const WITHIN_SCOPE = new Set<Capability>(['rankings', 'compare', 'complaints', 'unitTree']);
// A branch drafts and submits its own reports, and sees its scorecard; the regulator only reads what
// was submitted to it, and no internal scorecard.
const BRANCH = new Set<Capability>([...WITHIN_SCOPE, 'scorecard', 'reportDrafts']);

/** The viewer of a signed-in user: headquarters see every unit, others their units' subtrees. */
export function viewerOf(me: SignedInViewer): Viewer {
  if (me.reachable == null) {
    return { role: me.role, homeUnit: 'HQ', capabilities: EVERYTHING, mayOpenUnit: () => true };
  }
  const reachable = new Set(me.reachable);
  return {
    role: me.role,
    homeUnit: me.units[0]?.code ?? 'HQ',
    capabilities: me.role === 'BRANCH' ? BRANCH : WITHIN_SCOPE,
    mayOpenUnit: (code) => reachable.has(code),
  };
}

export function can(viewer: Viewer, capability: Capability): boolean {
  return viewer.capabilities.has(capability);
}

/** Where a viewer starts: HQ on the overview, everyone else on their own unit's page. */
export function homePath(viewer: Viewer): string {
  return can(viewer, 'overview') ? '/overview' : `/org/${encodeURIComponent(viewer.homeUnit)}`;
}
