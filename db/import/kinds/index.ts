// The import kinds of IMPORT-FORMAT.md, by the name the command line and the API use.
import { activities } from './activities.js';
import { calendar } from './calendar.js';
import { complaints } from './complaints.js';
import { followups } from './followups.js';
import { issues } from './issues.js';
import { incidents } from './incidents.js';
import type { KindDefinition } from './kind.js';
import { pauses } from './pauses.js';
import { premiums } from './premiums.js';
import { units } from './units.js';

export type ImportKind =
  'units' | 'premiums' | 'complaints' | 'followups' | 'activities' | 'pauses' | 'calendar' | 'issues' | 'incidents';

export const KINDS: Readonly<Record<ImportKind, KindDefinition>> = {
  units,
  premiums,
  complaints,
  followups,
  activities,
  pauses,
  calendar,
  issues,
  incidents,
};

export const IMPORT_KINDS: readonly ImportKind[] = Object.keys(KINDS) as ImportKind[];
