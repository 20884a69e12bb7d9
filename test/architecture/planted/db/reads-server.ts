import { kernelValue } from '../server/kernel/clock.js';
export const fromDb = kernelValue; // db-stands-alone
