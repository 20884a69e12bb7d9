import type { AnyVariables } from 'urql';

/**
 * useQuery's `variables` and `pause` for a query that cannot run until its variables are known (the
 * period is still being resolved, no unit is chosen yet): paused until then. urql's types want
 * variables even for a paused query, which it never sends, so none are made up in the meantime.
 */
export function pausedUntil<V extends AnyVariables>(
  variables: V | null | undefined | false,
): { variables: V; pause: boolean } {
  return variables ? { variables, pause: false } : { variables: undefined as unknown as V, pause: true };
}
