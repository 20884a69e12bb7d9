// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import { Provider, useQuery } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverviewCardsDocument, ViewerDocument } from '../gql/graphql';
import { overviewVariables } from '../pages/overview-variables';
import { parseState } from './url-state/params';
import { periodRange } from './url-state/period';
import { overviewSchema } from './url-state/views';

// The page's entry asks the session's first questions before the app has arrived; the answers in by
// the time the app makes its urql client are in that client's cache, so the app's first render has
// them, and the overview's default period is in the address before the router reads it.

const ANSWERS: Record<string, unknown> = {
  Viewer: {
    me: {
      __typename: 'Viewer',
      username: 'analyst',
      role: 'HQ_ANALYST',
      expiresAt: '2013-08-01T00:00:00Z',
      units: [{ __typename: 'Unit', code: 'HQ' }],
      reachable: null,
    },
  },
  LatestComplaint: {
    complaints: {
      __typename: 'ComplaintConnection',
      edges: [{ __typename: 'ComplaintEdge', node: { __typename: 'Complaint', receivedDate: '2013-07-31' } }],
    },
  },
  MetricDefinitions: { metricDefinitions: [] },
  OverviewCards: { compare: { __typename: 'Comparison', rows: [] } },
  OverviewRanking: { ranking: { __typename: 'Ranking', benchmark: 1, rows: [] } },
  OverviewTrend: { trend: [] },
};

/** The server: every operation answered from ANSWERS; the operations asked, in order. */
function serve(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    const { operationName } = JSON.parse(init.body as string) as { operationName: string };
    asked.push(operationName);
    return Promise.resolve(
      new Response(JSON.stringify({ data: ANSWERS[operationName] }), {
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  return asked;
}

/** The entry's and the app's modules as a page load has them: fresh, nothing asked yet. */
async function load(address: string) {
  window.history.replaceState(null, '', address);
  vi.resetModules();
  return { early: await import('./early-requests'), urql: await import('./urql-client') };
}

/** What each render of a query saw: its data, or that it was still fetching. */
function renders<Data>(
  client: ReturnType<Awaited<ReturnType<typeof load>>['urql']['createUrqlClient']>,
  query: () => Data,
) {
  const seen: Data[] = [];
  function Probe() {
    seen.push(query());
    return null;
  }
  render(createElement(Provider, { value: client }, createElement(Probe)));
  return seen;
}

describe('the session’s first requests, asked by the page’s entry', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });
  afterEach(() => {
    cleanup();
  });

  it('hands the answers in before the app’s client is made to the app’s first render, each asked once', async () => {
    const asked = serve();
    const { early, urql } = await load('/overview');
    early.askEarly();
    await early.earlyAnswers();
    early.writeEarlyDefault();
    const client = urql.createUrqlClient(() => undefined);

    const viewer = renders(client, () => useQuery({ query: ViewerDocument })[0].data?.me?.username ?? 'fetching');
    const { state } = parseState(overviewSchema, new URLSearchParams(window.location.search));
    const cards = overviewVariables(state, periodRange(state.period!), 'HQ').cards;
    const overview = renders(client, () => {
      const [result] = useQuery({ query: OverviewCardsDocument, variables: cards });
      return result.data ? 'figures' : 'fetching';
    });

    expect(viewer[0]).toBe('analyst');
    expect(overview[0]).toBe('figures');
    expect(asked.sort()).toEqual(
      ['LatestComplaint', 'MetricDefinitions', 'OverviewCards', 'OverviewRanking', 'OverviewTrend', 'Viewer'].sort(),
    );
  });

  it('writes the overview’s default period in the address in place, as the page would', async () => {
    serve();
    const { early } = await load('/overview?ch=HOTLINE_95518');
    const entries = window.history.length;
    early.askEarly();
    await early.earlyAnswers();
    early.writeEarlyDefault();
    expect(window.location.pathname + window.location.search).toBe('/overview?ch=HOTLINE_95518&p=ytd-2013-07-31');
    expect(window.history.length).toBe(entries);
  });

  it('leaves the address to the page when the link names a period, or a parameter the page cannot use', async () => {
    for (const address of ['/overview?p=2013-Q2', '/overview?m=NO_SUCH_METRIC', '/rankings']) {
      serve();
      const { early } = await load(address);
      early.askEarly();
      await early.earlyAnswers();
      early.writeEarlyDefault();
      expect(window.location.pathname + window.location.search).toBe(address);
    }
  });
});
