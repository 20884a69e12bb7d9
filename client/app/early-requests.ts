import {
  createRequest,
  formatDocument,
  getOperationName,
  stringifyDocument,
  stringifyVariables,
  type SSRData,
  type TypedDocumentNode,
} from '@urql/core';
import {
  LatestComplaintDocument,
  MetricDefinitionsDocument,
  OverviewCardsDocument,
  OverviewRankingDocument,
  OverviewTrendDocument,
  ViewerDocument,
} from '../gql/graphql';
import { overviewVariables } from '../pages/overview-variables';
import { parseState, serialiseState } from './url-state/params';
import { defaultPeriod, lastDayOf, periodRange } from './url-state/period';
import { overviewSchema } from './url-state/views';
import { can, homePath, viewerOf } from './viewer-rules';

// A session's first requests, asked by the page's entry (main.ts) before the app's code (React,
// antd, the views: about 2 MB, some hundreds of milliseconds to arrive and run) has arrived: who is
// asking, the last day with complaints (the default period) and the metric registry at once, and on
// the overview its cards, ranking and trend as soon as the first two are known. The answers already
// in when the app makes its urql client are put in that client's cache (takeArrivedAnswers), so the
// app's first render has them: no round of renders with spinners, one per answer. urql's fetch
// (urql-client.ts) hands each answer still under way to the app's own request for the same operation
// and variables, once, instead of asking again. Nothing here is React's or antd's: this module, the
// functions it names and the documents are the entry's whole weight.

/** Answers under way, by operation and variables; each is handed out once. */
const early = new Map<string, Promise<Response>>();
/** Answers in, with data and without errors, by urql's key of the app's request that they answer. */
const arrived = new Map<number, { early: string; data: unknown }>();

/** The overview's address with its default period, to be written before the router reads it. */
let defaultAddress: { from: string; to: string } | null = null;
/** Settles once every request asked early has its answer (or has failed). */
let allAnswered: Promise<unknown> = Promise.resolve();

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
    // The query as urql's cache sends it (with __typename), so that an answer put in that cache has
    // the types the cache reads to know which answers a mutation makes stale.
    const body = JSON.stringify({ operationName, query: stringifyDocument(formatDocument(document)), variables });
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
    const key = keyOf(operationName, (JSON.parse(body) as { variables: unknown }).variables);
    early.set(key, copy);
    return response
      .then(async (answer) => {
        const parsed = (await answer.json()) as Answer<Data> & { errors?: unknown };
        // An answer with errors is left to the app's request, which reads it as its own (a lost session).
        if (answer.ok && parsed.data && !parsed.errors && early.has(key))
          arrived.set(createRequest(document, variables).key, { early: key, data: parsed.data });
        return parsed;
      })
      .catch(() => undefined);
  }

  const viewer = ask(ViewerDocument, {});
  const latest = ask(LatestComplaintDocument, {});
  const definitions = ask(MetricDefinitionsDocument, {});
  const overview = Promise.all([viewer, latest]).then(([me, last]) => {
    const signedIn = me?.data?.me;
    if (!signedIn) {
      // Nobody signed in when the page loaded: what was asked besides is not the session's that
      // follows the sign-in (it answered UNAUTHENTICATED), so the app asks again.
      for (const key of [...early.keys()]) if (!key.startsWith('Viewer ')) forget(key);
      return;
    }
    const lastData = last?.data;
    if (!lastData) return;
    const home = viewerOf(signedIn);
    const overview =
      (location.pathname === '/overview' && can(home, 'overview')) ||
      (location.pathname === '/' && homePath(home) === '/overview');
    if (!overview) return;
    const params = new URLSearchParams(location.search);
    const { state, invalid } = parseState(overviewSchema, params);
    const period = state.period ?? defaultPeriod(lastDayOf(lastData));
    // The default the page would write in place (use-period.ts); a link with a parameter the page
    // cannot use is left to the page, which names it.
    if (state.period === null && invalid.length === 0) {
      const search = serialiseState(overviewSchema, { ...state, period }, params).toString();
      defaultAddress = { from: location.pathname + location.search, to: `${location.pathname}?${search}` };
    }
    const range = periodRange(period);
    const variables = overviewVariables(state, range, home.homeUnit);
    return Promise.all([
      ask(OverviewCardsDocument, variables.cards),
      ask(OverviewRankingDocument, variables.ranking),
      ask(OverviewTrendDocument, variables.trend),
    ]);
  });
  allAnswered = Promise.all([definitions, overview]);
}

/** Resolves once every early answer is in or has failed (none asked: at once). */
export async function earlyAnswers(): Promise<void> {
  await allAnswered;
}

/**
 * Writes the overview's default period in the address, in place, as the page would once drawn
 * (use-period.ts), for render.tsx to call before the router first reads the address: the page is
 * then drawn once, with its period, rather than drawn again for the address written.
 */
export function writeEarlyDefault(): void {
  const address = defaultAddress;
  defaultAddress = null;
  // Unless the address has changed since (nothing else writes it before the router).
  if (address?.from !== window.location.pathname + window.location.search) return;
  window.history.replaceState(window.history.state, '', address.to + window.location.hash);
}

/** An early answer handed out, or not the app's to take. */
function forget(key: string): void {
  early.delete(key);
  for (const [request, answer] of arrived) if (answer.early === key) arrived.delete(request);
}

/**
 * The answers in by now, for urql's ssrExchange (urql-client.ts: the client's cache starts with them);
 * each is handed out once, here or by takeEarlyAnswer.
 */
export function takeArrivedAnswers(): SSRData {
  const answers: SSRData = {};
  for (const [key, answer] of arrived) {
    answers[key] = { data: JSON.stringify(answer.data), hasNext: false };
    early.delete(answer.early);
  }
  arrived.clear();
  return answers;
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
    forget(key);
    return answer;
  } catch {
    return undefined;
  }
}
