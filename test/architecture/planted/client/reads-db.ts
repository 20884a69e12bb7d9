import { table } from '../db/table.js';
export const clientUsesDb = table; // client-types-only
