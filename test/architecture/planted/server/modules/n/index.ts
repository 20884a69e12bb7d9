export { internal } from './n.repository.js';
