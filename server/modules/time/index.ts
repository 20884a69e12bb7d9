// Time in the portal: Shanghai-local dates, days and periods (DOMAIN.md, "Time").
// Pure functions; SQL does its own conversions with the zone named explicitly.
export * from './shanghai-time.js';
export { PeriodInput } from './period.input.js';
