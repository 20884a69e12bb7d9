// Organisation units and their time-versioned tree: the Unit type, its resolvers and loaders,
// and the subtree-at-a-date query other modules embed in their own SQL.
export { UnitPeriodResolver, UnitResolver } from './unit.resolver.js';
export { Unit } from './unit.type.js';
export { subtreeIds } from './unit.repository.js';
export { requireUnit } from './unit.service.js';
