export { moduleValue } from './m.service.js';
