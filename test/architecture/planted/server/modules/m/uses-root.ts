import { root } from '../../graphql/context.js';
export const usesRoot = root; // modules-below-the-root
