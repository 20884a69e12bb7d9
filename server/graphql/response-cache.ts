import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
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
  data: Record<string, unknown>;
}

function keepable(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === OperationTypeNode.QUERY &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && KEPT_FIELDS.has(selection.name.value),
    )
  );
}

/** The plugin, and `clear` for tests that count what a request costs. */
export function responseCache(maxBytes = 64 * 1024 * 1024) {
  const entries = new LRUCache<string, Kept>({
    maxSize: maxBytes,
    // The key counts too: it holds the variables, up to a request's size.
    sizeCalculation: (kept, key) => JSON.stringify(kept.data).length + key.length,
  });
  /** What a request that may be kept noted before it ran, and how to hand its answer to those waiting for it. */
  const computing = new WeakMap<
    Context,
    { key: string; from: number; until: number; mark: number; done: (data: Kept['data'] | undefined) => void }
  >();
  /**
   * Answers being computed, by key: the same request arriving meanwhile (a dashboard opened by many at
   * once, or reloaded) waits for that answer rather than computing it again beside it.
   */
  const inflight = new Map<string, { from: number; until: number; answer: Promise<Kept['data'] | undefined> }>();

  const plugin: ApolloServerPlugin<Context> = {
    requestDidStart() {
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
            const answer: GraphQLResponse = {
              http: response.http,
              body: { kind: 'single', singleResult: { data: kept.data } },
            };
            return answer;
          }
          const pending = inflight.get(key);
          if (pending && pending.from <= now && now < pending.until) {
            // Its answer holds for this one too (same key, and no event between the instant it was
            // asked at and this one's); an error there is computed again here.
            const data = await pending.answer;
            if (data) return { http: response.http, body: { kind: 'single', singleResult: { data } } };
          }
          let done: (data: Kept['data'] | undefined) => void = () => undefined;
          if (!pending) {
            inflight.set(key, { from: now, until: state.horizon, answer: new Promise((resolve) => (done = resolve)) });
          }
          computing.set(ctx, {
            key,
            from: now,
            until: state.horizon,
            mark,
            done: (data) => {
              if (!pending) inflight.delete(key);
              done(data);
            },
          });
          return null;
        },
        willSendResponse({ contextValue: ctx, response }) {
          const noted = computing.get(ctx);
          if (!noted) return Promise.resolve();
          computing.delete(ctx);
          const { data, errors } = response.body.kind === 'single' ? response.body.singleResult : {};
          // Kept (and handed to those waiting) only if the feed held all along: a change notified
          // meanwhile may postdate what was read.
          const good = data && !errors && ctx.freshness.holds(noted.mark) ? data : undefined;
          if (good) entries.set(noted.key, { from: noted.from, until: noted.until, data: good });
          noted.done(good);
          return Promise.resolve();
        },
      });
    },
  };
  return { plugin, clear: () => entries.clear() };
}
