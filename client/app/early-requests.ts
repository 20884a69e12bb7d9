import { getOperationName, stringifyDocument, stringifyVariables, type TypedDocumentNode } from '@urql/core';
import {
  LatestComplaintDocument,
  MetricDefinitionsDocument,
  OverviewCardsDocument,
  OverviewRankingDocument,
  OverviewTrendDocument,
  ViewerDocument,
} from '../gql/graphql';
import { overviewVariables } from '../pages/overview-variables';
import { parseState } from './url-state/params';
import { defaultPeriod, lastDayOf, periodRange } from './url-state/period';
import { overviewSchema } from './url-state/views';
import { can, homePath, viewerOf } from './viewer-rules';

// A session's first requests, asked by the page's entry (main.ts) before the app's code (React,
// antd, the views: about 2 MB, some hundreds of milliseconds to arrive and run) has arrived: who is
// asking, the last day with complaints (the default period) and the metric registry at once, and on
// the overview its cards, ranking and trend as soon as the first two are known. urql's fetch
// (urql-client.ts) hands each answer to the app's own request for the same operation and variables,
// once, instead of asking again. Nothing here is React's or antd's: this module, the functions it
// names and the documents are the entry's whole weight.

/** Answers under way, by operation and variables; each is handed out once. */
const early = new Map<string, Promise<Response>>();

const keyOf = (operationName: string, variables: unknown) => `${operationName} ${stringifyVariables(variables ?? {})}`;

interface Answer<Data> {
  data?: Data | null;
}

/**
 * Asks the first requests now (main.ts, the page's entry; never in tests, which render the app
 * alone). `location` decides whether the overview's three are asked too.
 */
export function askEarly(location: { pathname: string; search: string } = window.location, url = '/graphql'): void {
  /** Asks one operation; resolves with its parsed answer (the app gets a copy of the response). */
  function ask<Data, Variables extends object>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Answer<Data> | undefined> {
    const operationName = getOperationName(document);
    if (!operationName) return Promise.resolve(undefined);
    const body = JSON.stringify({ operationName, query: stringifyDocument(document), variables });
    const response = fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body,
    });
    // The app reads a copy, taken before this module reads the original; a failure is the app's
    // request's to see, as its own would be, and none is left unhandled meanwhile.
    const copy = response.then((answer) => answer.clone());
    copy.catch(() => undefined);
    // Keyed as urql's request will be read: from the JSON sent (an undefined filter is no key at all).
    early.set(keyOf(operationName, (JSON.parse(body) as { variables: unknown }).variables), copy);
    return response.then((answer) => answer.json() as Promise<Answer<Data>>).catch(() => undefined);
  }

  const viewer = ask(ViewerDocument, {});
  const latest = ask(LatestComplaintDocument, {});
  void ask(MetricDefinitionsDocument, {});
  void Promise.all([viewer, latest]).then(([me, last]) => {
    const signedIn = me?.data?.me;
    if (!signedIn) {
      // Nobody signed in when the page loaded: what was asked besides is not the session's that
      // follows the sign-in (it answered UNAUTHENTICATED), so the app asks again.
      for (const key of [...early.keys()]) if (!key.startsWith('Viewer ')) early.delete(key);
      return;
    }
    const lastData = last?.data;
    if (!lastData) return;
    const home = viewerOf(signedIn);
    const overview =
      (location.pathname === '/overview' && can(home, 'overview')) ||
      (location.pathname === '/' && homePath(home) === '/overview');
    if (!overview) return;
    const { state } = parseState(overviewSchema, new URLSearchParams(location.search));
    const range = periodRange(state.period ?? defaultPeriod(lastDayOf(lastData)));
    const variables = overviewVariables(state, range, home.homeUnit);
    void ask(OverviewCardsDocument, variables.cards);
    void ask(OverviewRankingDocument, variables.ranking);
    void ask(OverviewTrendDocument, variables.trend);
  });
}

/**
 * The early answer to a request urql is about to send, if one was asked with the same operation and
 * variables and not yet handed out: the first asker takes it, any later one asks the server.
 */
export function takeEarlyAnswer(init: RequestInit | undefined): Promise<Response> | undefined {
  if (typeof init?.body !== 'string' || !early.size) return undefined;
  try {
    const { operationName, variables } = JSON.parse(init.body) as { operationName?: unknown; variables?: unknown };
    if (typeof operationName !== 'string') return undefined;
    const key = keyOf(operationName, variables);
    const answer = early.get(key);
    early.delete(key);
    return answer;
  } catch {
    return undefined;
  }
}
