// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useViewState, type ViewState } from './use-view-state';
import { rankingsSchema, type RankingsState } from './views';

// A link's parameter the view cannot use stays named on the page after the view has written its
// default in its place (the period, which every view fills in from the data), until the viewer
// chooses that part of the view.

let view: ViewState<RankingsState>;
let search = '';
function Probe() {
  view = useViewState(rankingsSchema);
  search = useLocation().search;
  return null;
}

const open = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Probe />
    </MemoryRouter>,
  );

afterEach(cleanup);

describe('parameters a view ignored', () => {
  it('keeps naming a bad period once the default period has replaced it in the URL', () => {
    open('/rankings?p=2013-02-30&m=COMPLAINTS');
    expect(view.invalid).toEqual([{ key: 'p', raw: '2013-02-30' }]);
    act(() => view.update({ period: { kind: 'ytd', to: '2013-12-31' } }, { replace: true, asDefault: true }));
    expect(search).toBe('?p=ytd-2013-12-31&m=COMPLAINTS');
    expect(view.invalid).toEqual([{ key: 'p', raw: '2013-02-30' }]);
    // Another control changed: still the default period, still named.
    act(() => view.update({ metric: 'TIMELY_RATE' }));
    expect(view.invalid).toEqual([{ key: 'p', raw: '2013-02-30' }]);
    // The viewer picks a period: the notice has done its work.
    act(() => view.update({ period: { kind: 'year', year: 2012 } }));
    expect(search).toBe('?p=2012&m=TIMELY_RATE');
    expect(view.invalid).toEqual([]);
  });

  it('names a bad value dropped from the URL when another control is changed, until that field is chosen', () => {
    open('/rankings?p=2013&level=STREET');
    expect(view.invalid).toEqual([{ key: 'level', raw: 'STREET' }]);
    act(() => view.update({ order: 'ASC' }));
    expect(search).toBe('?p=2013&order=ASC');
    expect(view.invalid).toEqual([{ key: 'level', raw: 'STREET' }]);
    act(() => view.update({ level: 'CITY' }));
    expect(view.invalid).toEqual([]);
  });
});
