// Who is looking, and what they may do: the one place pages and the menu ask. Until sign-in lands
// (issue 4) every visitor is headquarters; then this hook reads the session's `me` (role, unit,
// jurisdiction) and nothing else in the client changes.

export type Role = 'HQ_ADMIN' | 'HQ_ANALYST' | 'BRANCH' | 'REGULATOR';

/** What a viewer may be offered; a page or link not allowed is not shown at all (no dead links). */
export type Capability =
  | 'overview' // the company-wide overview (HQ)
  | 'rankings'
  | 'compare'
  | 'complaints' // the complaint list and details
  | 'unitTree';

export interface Viewer {
  role: Role;
  /** The unit the viewer's data is scoped to: HQ, a branch, or a regulator's jurisdiction. */
  homeUnit: string;
  capabilities: ReadonlySet<Capability>;
  /** Whether the viewer may open a unit's page (its subtree is in their scope); links to others are not drawn. */
  mayOpenUnit(code: string): boolean;
}

const HQ_VIEWER: Viewer = {
  role: 'HQ_ADMIN',
  homeUnit: 'HQ',
  capabilities: new Set<Capability>(['overview', 'rankings', 'compare', 'complaints', 'unitTree']),
  mayOpenUnit: () => true,
};

export function useViewer(): Viewer {
  return HQ_VIEWER;
}

export function can(viewer: Viewer, capability: Capability): boolean {
  return viewer.capabilities.has(capability);
}

/** Where a viewer starts: HQ on the overview, everyone else on their own unit's page. */
export function homePath(viewer: Viewer): string {
  return can(viewer, 'overview') ? '/overview' : `/org/${encodeURIComponent(viewer.homeUnit)}`;
}
