import { internal } from '../n/n.repository.js';
export const reachesIn = internal; // module-through-its-index
