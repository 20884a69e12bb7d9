import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseState, serialiseState, type Schema } from './params';

export interface ViewState<S> {
  state: S;
  /** Parameters present in the URL but invalid, which the page names in a warning. */
  invalid: { key: string; raw: string }[];
  /** Changes part of the state as a new history entry (back returns to the previous view), or in place. */
  update(patch: Partial<S>, options?: { replace?: boolean }): void;
}

/** A view's state read from and written to the URL's search parameters. */
export function useViewState<S>(schema: Schema<S>): ViewState<S> {
  const [params, setParams] = useSearchParams();
  const { state, invalid } = useMemo(() => parseState(schema, params), [schema, params]);
  const update = useCallback(
    (patch: Partial<S>, options?: { replace?: boolean }) =>
      setParams(
        (previous) => serialiseState(schema, { ...parseState(schema, previous).state, ...patch }, previous),
        { replace: options?.replace },
      ),
    [schema, setParams],
  );
  return { state, invalid, update };
}
