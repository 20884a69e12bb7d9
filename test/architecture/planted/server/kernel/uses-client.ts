import { clientValue } from '../../client/view.js';
export const serverUsesClient = clientValue; // server-not-client
