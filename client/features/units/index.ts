// The organisation units feature: the tree at a date and one unit's details.
// Pages import from here only.
export { UnitDetails, UnitDetails_unit } from './UnitDetails';
export { UnitNotFound } from './UnitNotFound';
export { UnitTree, UnitTree_unit } from './UnitTree';
export { unitName } from './unit-name';
