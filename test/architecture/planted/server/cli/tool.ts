import { internal } from '../modules/n/n.repository.js';
export const tool = internal; // root-through-indexes
