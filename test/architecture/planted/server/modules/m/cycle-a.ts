import { later } from './cycle-b.js';
export const first = () => later; // no-circular
