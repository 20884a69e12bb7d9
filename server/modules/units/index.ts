// Organisation units and their time-versioned tree: the Unit type, its resolvers and loaders, the
// scoped reader every unit argument passes through, and the subtree-at-a-date query other modules embed.
export { Unit, UnitLevelEnum } from './unit.type.js';
export { reachedDays, subtreeIds, unitInReach } from './unit.repository.js';
export { createUnitLoaders, type UnitLoaders } from './unit.loaders.js';
export { HQ_CODE, UnitReader, type GrantedUnit, type UnitOrCode } from './unit.reader.js';
export { UNIT_LEVEL_LABELS } from './unit.labels.js';
