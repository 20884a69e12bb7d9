import type { first } from './cycle-a.js';
// A type-only import closes the cycle: it counts too.
export const later = (f?: typeof first) => f;
