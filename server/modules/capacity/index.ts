// How much work a request may cause: its price limit, its time budget and the lanes heavy statements
// queue in, so that no single request holds the database or stalls other users.
export {
  createCapacity,
  DEFAULT_CAPACITY,
  UNBOUNDED_WORK,
  type Capacity,
  type CapacitySettings,
  type Work,
} from './capacity.js';
export { requestBudget, timeoutError } from './request-budget.js';
