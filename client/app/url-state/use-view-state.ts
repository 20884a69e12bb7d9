import { useCallback, useContext, useMemo, useState } from 'react';
import { UNSAFE_DataRouterContext as DataRouterContext, useLocation, useSearchParams } from 'react-router';
import { parseState, serialiseState, type Parsed, type Schema } from './params';
import { useSearchWriter } from './use-search-writer';

type Invalid = Parsed<unknown>['invalid'][number];

export interface ViewState<S> {
  state: S;
  /**
   * Parameters of the link the view could not use, which the page names in a warning: those in the
   * URL now, and those the URL has lost since (the view wrote its default in place, another control
   * was changed) while the view still shows its fallback for them.
   */
  invalid: Invalid[];
  /**
   * Changes part of the state as a new history entry (back returns to the previous view), or in place.
   * `asDefault`: the view writes its own fallback (the default period), not a choice of the viewer's;
   * it is not written once the viewer has set off for another page: while that page's code is still
   * arriving (writing it would cancel the navigation), nor when the router is already there and this
   * page has not yet been taken down (the parameter would land on the other page's address).
   */
  update: (patch: Partial<S>, options?: { replace?: boolean; asDefault?: boolean }) => void;
}

/** A parameter the view ignored, and the text of the default the view wrote in its place, if any. */
interface Ignored extends Invalid {
  fallback: string;
}

/** A view's state read from and written to the URL's search parameters. */
export function useViewState<S>(schema: Schema<S>): ViewState<S> {
  const [params] = useSearchParams();
  const write = useSearchWriter();
  const shownAt = useLocation().pathname;
  // The router as it is now, not as this page last rendered it: a page still on screen can be one the
  // router has left (the next page renders in a transition, after the urgent updates of this one).
  const router = useContext(DataRouterContext)?.router;
  const { state, invalid } = useMemo(() => parseState(schema, params), [schema, params]);
  const [ignored, setIgnored] = useState<readonly Ignored[]>([]);
  // Every parameter seen invalid is remembered, adjusted while rendering (React re-renders at once).
  const fresh = invalid.filter((entry) => !ignored.some((known) => known.key === entry.key && known.raw === entry.raw));
  if (fresh.length > 0) {
    const replaced = (known: Ignored) => fresh.some((entry) => entry.key === known.key);
    setIgnored([...ignored.filter((known) => !replaced(known)), ...fresh.map((entry) => ({ ...entry, fallback: '' }))]);
  }

  const update = useCallback(
    (patch: Partial<S>, options?: { replace?: boolean; asDefault?: boolean }) => {
      const elsewhere =
        router !== undefined &&
        (router.state.navigation.state !== 'idle' || router.state.location.pathname !== shownAt);
      if (options?.asDefault && elsewhere) return;
      const written = (Object.keys(patch) as (keyof S)[]).map((name) => ({
        key: schema[name].key,
        text: schema[name].format(patch[name] as S[keyof S]),
      }));
      setIgnored((current) =>
        options?.asDefault
          ? current.map((entry) => ({
              ...entry,
              fallback: written.find((w) => w.key === entry.key)?.text ?? entry.fallback,
            }))
          : current.filter((entry) => !written.some((w) => w.key === entry.key)),
      );
      write((previous) => serialiseState(schema, { ...parseState(schema, previous).state, ...patch }, previous), {
        replace: options?.replace,
      });
    },
    [schema, write, router, shownAt],
  );

  // An ignored parameter stays named while the URL holds nothing for it, or the default written in its place.
  const shown = useMemo(() => {
    const now = (entry: Ignored) => params.get(entry.key) ?? '';
    const still = ignored.filter(
      (entry) => (now(entry) === '' || now(entry) === entry.fallback) && !invalid.some((i) => i.key === entry.key),
    );
    return [...still.map(({ key, raw }) => ({ key, raw })), ...invalid];
  }, [ignored, invalid, params]);
  return { state, invalid: shown, update };
}
