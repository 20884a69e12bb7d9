import { moduleValue } from '../modules/m/index.js';
export const kernelUsesModule = moduleValue; // kernel-below-modules
