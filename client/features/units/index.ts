// The organisation units feature: the tree at a date, one unit's details, pickers and the
// drill-down breadcrumb. Pages import from here only.
export { UnitBreadcrumb, UnitBreadcrumb_unit } from './UnitBreadcrumb';
export { UnitDetails, UnitDetails_unit } from './UnitDetails';
export { NoAccess } from './NoAccess';
export { UnitNotFound } from './UnitNotFound';
export { UnitPicker, UnitPicker_unit } from './UnitPicker';
export { UnitTree, UnitTree_unit } from './UnitTree';
export { unitName } from './unit-name';
