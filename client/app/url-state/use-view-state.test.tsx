// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useViewState } from './use-view-state';
import { rankingsSchema } from './views';

// A link's parameter the view cannot use stays named on the page after the view has written its
// default in its place (the period, which every view fills in from the data), until the viewer
// chooses that part of the view.

// The view's state and the URL's search, as of the last render.
const open = (url: string) =>
  renderHook(() => ({ view: useViewState(rankingsSchema), search: useLocation().search }), {
    wrapper: ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>,
  }).result;

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
