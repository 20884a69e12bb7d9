import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, GraphQLResponse, HTTPGraphQLResponse } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from './context.js';

// Whole answers kept across requests, for the dashboards many viewers open at once: an operation whose
// every root field is one of the figures below is answered from memory when the same viewer (user,
// role, units) asked the same document with the same variables on the same local date, on the same
// version of the data, and the clock has not passed the next event after it was computed (a receipt,
// a closure, a deadline: the measure cache's rule, which makes a figure of asOf = now hold until then).
// These fields' answers depend on nothing else: their arguments, the viewer's scope, the date the tree
// is looked at (today by default), asOf (now by default) and the data. Never a mutation, never another
// viewer's answer, never an answer with an error; nothing is kept while the change feed is down (the
// data's version is then read per request, and a write through another process could go unseen).

/** Root fields whose answers are functions of (arguments, scope, today, asOf, data) alone. */
const KEPT_FIELDS = new Set(['ranking', 'trend', 'compare', 'metric', 'breakdown', 'metricDefinitions', '__typename']);

interface Kept {
  /** The instants (epoch ms) it holds for: from when computed up to the next event. */
  from: number;
  until: number;
  /**
   * The answer's body as it was sent. Kept as text, not as the answer's objects: a county ranking is
   * ~20,000 objects that the garbage collector would trace on every major collection while kept, and
   * a kept answer is sent again without being serialized again.
   */
  body: string;
}

/**
 * One request's turn through the cache, in the async context of its execution (Apollo hands plugins a
 * copy of the context value, so the handler could not find it there): a kept body to send instead of
 * Apollo's, or what to do with Apollo's once it is made.
 */
interface Turn {
  kept?: string;
  made?: (body: string | undefined) => void;
}

function keepable(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === OperationTypeNode.QUERY &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && KEPT_FIELDS.has(selection.name.value),
    )
  );
}

/**
 * The plugin; `answer`, which the GraphQL handler runs each execution in (only there is an answer
 * kept or served: its body is known only once Apollo has written it); and `clear` for tests that count
 * what a request costs.
 */
export function responseCache(maxBytes = 64 * 1024 * 1024) {
  const entries = new LRUCache<string, Kept>({
    maxSize: maxBytes,
    // The key counts too: it holds the variables, up to a request's size.
    sizeCalculation: (kept, key) => kept.body.length + key.length,
  });
  const turns = new AsyncLocalStorage<Turn>();
  /**
   * Answers being computed, by key: the same request arriving meanwhile (a dashboard opened by many at
   * once, or reloaded) waits for that answer rather than computing it again beside it.
   */
  const inflight = new Map<string, { from: number; until: number; answer: Promise<string | undefined> }>();
  /** What a kept answer is computed as: the least Apollo serializes, replaced by the kept body. */
  const placeholder = (http: GraphQLResponse['http']): GraphQLResponse => ({
    http,
    body: { kind: 'single', singleResult: { data: {} } },
  });

  const plugin: ApolloServerPlugin<Context> = {
    requestDidStart() {
      const turn = turns.getStore();
      if (!turn) return Promise.resolve();
      let noted:
        | { key: string; from: number; until: number; mark: number; release: (body: string | undefined) => void }
        | undefined;
      return Promise.resolve({
        async responseForOperation({ operation, operationName, queryHash, request, contextValue: ctx, response }) {
          const viewer = ctx.scope.viewer;
          const mark = ctx.freshness.mark();
          if (!viewer || !queryHash || mark === undefined || !keepable(operation)) return null;
          const state = await ctx.freshness.dataState();
          const key = JSON.stringify([
            viewer.userId,
            viewer.role,
            [...viewer.unitIds].sort((a, b) => a - b),
            ctx.today,
            state.version,
            queryHash,
            operationName,
            request.variables ?? {},
          ]);
          const now = ctx.now.getTime();
          const kept = entries.get(key);
          if (kept && kept.from <= now && now < kept.until) {
            turn.kept = kept.body;
            return placeholder(response.http);
          }
          const pending = inflight.get(key);
          if (pending && pending.from <= now && now < pending.until) {
            // Its answer holds for this one too (same key, and no event between the instant it was
            // asked at and this one's); an error there is computed again here.
            const body = await pending.answer;
            if (body !== undefined) {
              turn.kept = body;
              return placeholder(response.http);
            }
          }
          let settle: (body: string | undefined) => void = () => undefined;
          if (!pending) {
            inflight.set(key, {
              from: now,
              until: state.horizon,
              answer: new Promise((resolve) => (settle = resolve)),
            });
          }
          const release = (body: string | undefined) => {
            if (!pending) inflight.delete(key);
            settle(body);
          };
          // Until willSendResponse finds the answer good, nothing is kept or handed on.
          turn.made = () => release(undefined);
          noted = { key, from: now, until: state.horizon, mark, release };
          return null;
        },
        willSendResponse({ contextValue: ctx, response }) {
          if (!noted) return Promise.resolve();
          const { key, from, until, mark, release } = noted;
          const { data, errors } = response.body.kind === 'single' ? response.body.singleResult : {};
          // Kept (and handed to those waiting) only if the feed held all along: a change notified
          // meanwhile may postdate what was read.
          if (data && !errors && ctx.freshness.holds(mark)) {
            turn.made = (body) => {
              if (body !== undefined) entries.set(key, { from, until, body });
              release(body);
            };
          }
          return Promise.resolve();
        },
      });
    },
  };

  /** Runs one execution of a request: a kept answer's body replaces Apollo's placeholder; a good new one is kept. */
  async function answer(execute: () => Promise<HTTPGraphQLResponse>): Promise<HTTPGraphQLResponse> {
    const turn: Turn = {};
    let body: string | undefined;
    try {
      const response = await turns.run(turn, execute);
      if (response.body.kind !== 'complete') return response;
      if (turn.kept !== undefined) return { ...response, body: { kind: 'complete', string: turn.kept } };
      body = response.body.string;
      return response;
    } finally {
      turn.made?.(body);
    }
  }

  return { plugin, answer, clear: () => entries.clear() };
}
