// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useViewState } from './use-view-state';
import { rankingsSchema } from './views';

// A link's parameter the view cannot use stays named on the page after the view has written its
// default in its place (the period, which every view fills in from the data), until the viewer
// chooses that part of the view.

/** The app's kind of router (a data router) on `url`, with a page whose code never arrives at /slow. */
function Router({ url, children }: { url: string; children: ReactNode }) {
  const [router] = useState(() =>
    createMemoryRouter(
      [
        { path: '/slow', lazy: () => new Promise<never>(() => undefined) },
        { path: '*', element: children },
      ],
      { initialEntries: [url] },
    ),
  );
  return <RouterProvider router={router} />;
}

// The view's state and the URL as of the last render, and a way to leave.
const open = (url: string) =>
  renderHook(
    () => ({
      view: useViewState(rankingsSchema),
      search: useLocation().search,
      pathname: useLocation().pathname,
      navigate: useNavigate(),
    }),
    { wrapper: ({ children }: { children: ReactNode }) => <Router url={url}>{children}</Router> },
  ).result;

afterEach(cleanup);

describe('parameters a view ignored', () => {
  it('keeps naming a bad period once the default period has replaced it in the URL', () => {
    const probe = open('/rankings?p=2013-02-30&m=COMPLAINTS');
    expect(probe.current.view.invalid).toEqual([{ key: 'p', raw: '2013-02-30' }]);
    act(() =>
      probe.current.view.update({ period: { kind: 'ytd', to: '2013-12-31' } }, { replace: true, asDefault: true }),
    );
    expect(probe.current.search).toBe('?p=ytd-2013-12-31&m=COMPLAINTS');
    expect(probe.current.view.invalid).toEqual([{ key: 'p', raw: '2013-02-30' }]);
    // Another control changed: still the default period, still named.
    act(() => probe.current.view.update({ metric: 'TIMELY_RATE' }));
    expect(probe.current.view.invalid).toEqual([{ key: 'p', raw: '2013-02-30' }]);
    // The viewer picks a period: the notice has done its work.
    act(() => probe.current.view.update({ period: { kind: 'year', year: 2012 } }));
    expect(probe.current.search).toBe('?p=2012&m=TIMELY_RATE');
    expect(probe.current.view.invalid).toEqual([]);
  });

  it('does not write its default while the viewer is leaving for a page whose code is still arriving', async () => {
    const probe = open('/rankings?m=COMPLAINTS');
    await act(async () => {
      void probe.current.navigate('/slow');
      await Promise.resolve();
    });
    act(() =>
      probe.current.view.update({ period: { kind: 'ytd', to: '2013-12-31' } }, { replace: true, asDefault: true }),
    );
    // Unchanged, and no navigation of its own has cancelled the viewer's.
    expect(probe.current.search).toBe('?m=COMPLAINTS');
    // A choice of the viewer's is still written.
    act(() => probe.current.view.update({ metric: 'TIMELY_RATE' }));
    expect(probe.current.search).toBe('?m=TIMELY_RATE');
  });

  it('does not write its default once the router has left the page, though the page is still on screen', () => {
    const probe = open('/rankings?m=COMPLAINTS');
    // The update of a render made before the viewer left (the page's effect runs while the next
    // page renders in a transition).
    const stale = probe.current.view.update;
    act(() => void probe.current.navigate('/units'));
    expect(probe.current.pathname).toBe('/units');
    act(() => stale({ period: { kind: 'ytd', to: '2013-12-31' } }, { replace: true, asDefault: true }));
    // Not written onto the other page's address.
    expect(probe.current.pathname).toBe('/units');
    expect(probe.current.search).toBe('');
  });

  it('writes a change on the URL as it is now, not as a render that lags behind it saw it', async () => {
    const probe = open('/rankings?m=COMPLAINTS');
    // The update of a render made before the period was chosen: the router's update of the page
    // renders in a transition, which a busy machine or the viewer's typing can hold back.
    const stale = probe.current.view.update;
    await act(async () => {
      probe.current.view.update({ period: { kind: 'year', year: 2012 } });
      await Promise.resolve();
    });
    expect(probe.current.search).toBe('?m=COMPLAINTS&p=2012');
    act(() => stale({ metric: 'TIMELY_RATE' }));
    // The period chosen is kept.
    expect(probe.current.search).toBe('?m=TIMELY_RATE&p=2012');
  });

  it('names a bad value dropped from the URL when another control is changed, until that field is chosen', () => {
    const probe = open('/rankings?p=2013&level=STREET');
    expect(probe.current.view.invalid).toEqual([{ key: 'level', raw: 'STREET' }]);
    act(() => probe.current.view.update({ order: 'ASC' }));
    expect(probe.current.search).toBe('?p=2013&order=ASC');
    expect(probe.current.view.invalid).toEqual([{ key: 'level', raw: 'STREET' }]);
    act(() => probe.current.view.update({ level: 'CITY' }));
    expect(probe.current.view.invalid).toEqual([]);
  });
});
