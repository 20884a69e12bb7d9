import { useCallback, useContext } from 'react';
import {
  UNSAFE_DataRouterContext as DataRouterContext,
  useLocation,
  useSearchParams,
  type NavigateOptions,
} from 'react-router';

export type SearchWriter = (edit: (previous: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => void;

/**
 * Writes the page's search parameters as an edit of the URL as the router has it now, not as this
 * render saw it (react-router's own functional form hands the render's copy): a render can lag behind
 * the router, whose updates render in a transition that a busy machine or the viewer's typing holds
 * back, and an edit of that render's URL would undo the changes made since. A page the router has
 * already left edits the URL it rendered.
 */
export function useSearchWriter(): SearchWriter {
  const [params, setParams] = useSearchParams();
  const shownAt = useLocation().pathname;
  const router = useContext(DataRouterContext)?.router;
  return useCallback(
    (edit, options) => {
      const now = router?.state.location;
      const previous = now?.pathname === shownAt ? new URLSearchParams(now.search) : new URLSearchParams(params);
      setParams(edit(previous), options);
    },
    [router, shownAt, params, setParams],
  );
}
