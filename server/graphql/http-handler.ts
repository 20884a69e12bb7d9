import { AsyncLocalStorage } from 'node:async_hooks';
import {
  HeaderMap,
  type ApolloServer,
  type ApolloServerPlugin,
  type BaseContext,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { log } from '../kernel/log.js';
import {
  databaseFailure,
  parseLsn,
  type DatabaseFailure,
  type Lsn,
  type ReadRouter,
  type ReadTarget,
} from '../kernel/replicas.js';
import { readCookie } from '../modules/access/index.js';
import { sendAnswer } from './compress-answer.js';

// GraphQL over HTTP: what @as-integrations/express5 does (the request handed to Apollo, its answer
// written back), and around it what reads on replicas need. With replicas, a query's reads go where
// the read router says (a replica that has replayed what the caller has seen, else the primary); a
// query whose replica failed under it as a lost server does (its connection refused or cut, or a
// statement cancelled by the replica's recovery) is answered again on the primary, so a replica lost
// costs the caller nothing but time. Every answer then carries the WAL position its reads reached, in
// the `x-crp-lsn` header and the `crp_lsn` cookie: the token by which the caller's next request,
// through any server process, reads nothing older. A browser sends the cookie back by itself; an API
// client sends the header.

/** The header (both ways) and the cookie carrying a caller's WAL position. */
export const POSITION_HEADER = 'x-crp-lsn';
export const POSITION_COOKIE = 'crp_lsn';

/** The position a request carries: the larger of its header and its cookie; 0 when it carries none. */
function seenPosition(req: Request): Lsn {
  const header = req.headers[POSITION_HEADER];
  const values = [typeof header === 'string' ? header : undefined, readCookie(req.headers.cookie, POSITION_COOKIE)];
  // A value that is no WAL position is ignored, as a stale cookie would be: it only ever makes a read wait.
  return values.reduce<Lsn>((most, value) => {
    const lsn = value === undefined ? undefined : parseLsn(value);
    return lsn !== undefined && lsn > most ? lsn : most;
  }, 0n);
}

/** Where a request reads: a replica that has replayed what it carries (the read router's choice), else the primary. */
export async function chooseReads(router: ReadRouter | undefined, req: Request): Promise<ReadTarget> {
  return router ? router.choose(seenPosition(req)) : 'primary';
}

export interface GraphqlHandlerOptions<C extends BaseContext> {
  /** The request's context, reading where `reads` says. */
  context: (req: Request, res: Response, reads: ReadTarget) => Promise<C>;
  /** The server's read replicas; none: every read on the primary, no token. */
  router?: ReadRouter;
  /** Requests whose reads stay on the primary (mutations: they read their own writes). */
  onPrimary: (body: unknown) => boolean;
  /** How far the request's reads came (its context's `freshness.position`). */
  position: (context: C) => Promise<string>;
  /** Whether the token cookie is sent over HTTPS only. */
  secure: boolean;
  /** Runs each execution (the response cache's: it serves and keeps whole answers' bodies). */
  answer?: (execute: () => Promise<HTTPGraphQLResponse>) => Promise<HTTPGraphQLResponse>;
}

export interface GraphqlHandler<C extends BaseContext> {
  handler: RequestHandler;
  /** Notes the errors of requests read on a replica (Apollo calls it; the handler reads what it noted). */
  plugin: ApolloServerPlugin<C>;
}

/** `apollo`: the server, once made (it is made with the plugin returned here). */
export function graphqlHandler<C extends BaseContext>(
  apollo: () => ApolloServer<C>,
  options: GraphqlHandlerOptions<C>,
): GraphqlHandler<C> {
  const { router } = options;
  // A replica failure met by a request's resolvers, noted where the handler finds it: in the async
  // context of its execution (Apollo hands plugins a copy of the context value, not the one made).
  const attempt = new AsyncLocalStorage<{ failure?: DatabaseFailure; error?: unknown }>();
  const plugin: ApolloServerPlugin<C> = {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors }) => {
          const note = attempt.getStore();
          for (const error of errors) {
            const failure = databaseFailure(error);
            if (note && failure) Object.assign(note, { failure, error });
          }
          return Promise.resolve();
        },
      }),
  };

  const handler: RequestHandler = async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: new URL(req.url, 'http://portal').search,
      body: req.body as unknown,
    };
    let reads: ReadTarget = options.onPrimary(req.body) ? 'primary' : await chooseReads(router, req);
    for (;;) {
      let context: C | undefined;
      const target = reads;
      const met: { failure?: DatabaseFailure; error?: unknown } = {};
      const execute = () =>
        apollo().executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context: async () => {
            try {
              return (context = await options.context(req, res, target));
            } catch (error) {
              Object.assign(met, { failure: databaseFailure(error), error });
              throw error;
            }
          },
        });
      const answer = await attempt.run(met, () => (options.answer ? options.answer(execute) : execute()));
      if (router && target !== 'primary') {
        if (met.failure) {
          // Answered again on the primary, once; the replica out of rotation if it was lost.
          if (met.failure === 'lost') router.lost(target, met.error);
          log.warn(
            { replica: target + 1, failure: met.failure },
            'a read on a replica failed: answered on the primary',
          );
          reads = 'primary';
          continue;
        }
      }
      if (router && context) {
        const position = await options.position(context).catch(() => undefined);
        if (position) {
          res.setHeader(POSITION_HEADER, position);
          res.cookie(POSITION_COOKIE, position, {
            httpOnly: true,
            sameSite: 'strict',
            secure: options.secure,
            path: '/',
          });
        }
      }
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        await sendAnswer(req, res, answer.body.string);
        return;
      }
      // An incremental answer (@defer, which the portal's operations do not use) goes uncompressed, chunk by chunk.
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
  };
  return { handler, plugin };
}
