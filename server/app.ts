import 'reflect-metadata';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type ErrorRequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm, type OrmOptions } from '../db/orm.js';
import { log } from './kernel/log.js';
import { httpSession } from './modules/access/index.js';
import { createCapacity, DEFAULT_CAPACITY, requestBudget, type CapacitySettings } from './modules/capacity/index.js';
import { createMeasureCache, type MeasureCache } from './modules/metrics/index.js';
import {
  createPortalMetrics,
  DEFAULT_METRICS_ALLOW,
  operationsRoutes,
  requestLog,
  resumeRequestLog,
  type MetricsAccessSettings,
} from './modules/operations/index.js';
import { reportDownloads } from './modules/reports/index.js';
import { armor, OPERATION_LIMITS } from './graphql/armor.js';
import { createContext, createServerMemory, type Context, type ServerMemory } from './graphql/context.js';
import { NO_FEED, startChangeFeed, type ChangeFeedOptions } from './kernel/change-feed.js';
import { errorFormatter } from './graphql/format-error.js';
import { chooseReads, graphqlHandler, type GraphqlHandler } from './graphql/http-handler.js';
import { DEFAULT_REPLICA_TIMING, startReadRouter, type ReadRouterOptions } from './kernel/replicas.js';
import { KnownOperationTypesRule } from './graphql/known-operation-types.js';
import { nulGuard } from './graphql/nul-guard.js';
import { jitGateway } from './graphql/jit-executor.js';
import { isMutation } from './graphql/operation-kind.js';
import { responseCache } from './graphql/response-cache.js';
import { buildPortalSchema } from './graphql/schema.js';
import { securityHeaders } from './security-headers.js';

export interface ServerOptions {
  databaseUrl: string;
  /** Read replicas of databaseUrl (`DATABASE_REPLICA_URLS`): the requests' reads outside a transaction go there, in turn. */
  replicaUrls?: readonly string[];
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The built client (client/dist); the portal serves it at / when present. */
  clientDir?: string;
  production?: boolean;
  /** The session cookie only over HTTPS (default: production). */
  cookieSecure?: boolean;
  /** How long a browser session lasts (default 12 hours). */
  sessionHours?: number;
  /** Express's `trust proxy`, for the real client address behind a proxy (default false). */
  trustProxy?: boolean | number | string;
  /** What one request may cost and how heavy work queues (defaults: DEFAULT_CAPACITY). */
  capacity?: Partial<CapacitySettings>;
  /** Tests pass `onQuery` here to count SQL statements. */
  orm?: OrmOptions;
  /** The measures kept across this server's requests (default: a cache of its own). */
  measureCache?: MeasureCache;
  /** Each request's instant (default: the system clock); tests fix it so no figure depends on when they run. */
  clock?: () => Date;
  /**
   * Listen for the database's changes and keep, across requests, what every request needs before it
   * can be answered (the data's state, credentials, the unit tree): default true. false reads them per
   * request, so a write made through another connection is seen by the very next request (tests).
   */
  listen?: boolean | ChangeFeedOptions;
  /** Who may read /metrics (default: loopback addresses, no token). */
  metricsAccess?: MetricsAccessSettings;
  /** With replicas: how long a read waits for one to replay what its caller has seen, and how often each is checked. */
  replicaTiming?: Pick<ReadRouterOptions, 'waitMs' | 'checkMs'>;
}

/** No operation of the portal comes near this; a larger body is refused before it is parsed. */
export const MAX_REQUEST_BYTES = 64 * 1024;

export interface RunningServer {
  url: string;
  orm: MikroORM;
  /** The measures kept across its requests (a test empties it to count what a request costs uncached). */
  measureCache: MeasureCache;
  /** What else it keeps across requests, and the change feed that keeps it current. */
  memory: ServerMemory;
  /** Empties every cache of its requests (measures, answers, the data's state, credentials, the tree). */
  forget: () => void;
  close: () => Promise<void>;
}

/** GraphQL at /graphql and the client at /, on one port. Closing drains requests, then the pool. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const capacity = createCapacity({ ...DEFAULT_CAPACITY, ...options.capacity });
  // This server's, not the process's: two servers in one process (tests) keep their own.
  const measureCache = options.measureCache ?? createMeasureCache();
  const { budgetMs } = capacity.settings;
  const metrics = createPortalMetrics(measureCache);
  // PostgreSQL's own timeout is the backstop: the request's budget cancels its statements first.
  const orm = await createOrm(options.databaseUrl, {
    statementTimeoutMs: budgetMs + 1000,
    onPool: metrics.watchPool,
    replicaUrls: options.replicaUrls,
    ...options.orm,
  });
  // Where reads go, with replicas: to one that has replayed what its caller has seen (replicas.ts).
  const router = options.replicaUrls?.length
    ? startReadRouter(options.databaseUrl, options.replicaUrls, options.replicaTiming ?? DEFAULT_REPLICA_TIMING)
    : undefined;
  // One connection of its own per server, listening (on the primary: a standby cannot LISTEN); closed
  // with the server. With read replicas, what is read from the data is not kept (createServerMemory),
  // and a change to it makes the next reads wait for a replica that has replayed it.
  const { listen = true } = options;
  const feedOptions: ChangeFeedOptions = {
    ...(listen === true || listen === false ? {} : listen),
    onNotified: (channel) => channel === 'data' && router?.primaryChanged(),
  };
  const feed = listen === false ? NO_FEED : await startChangeFeed(options.databaseUrl, feedOptions);
  const memory = createServerMemory(feed, router ? NO_FEED : feed);
  const app = express();
  const httpServer = http.createServer(app);
  const limits = armor(!!options.production);
  // Whole answers of the figures' queries, kept under the change feed (nothing kept while it is down).
  const responses = responseCache();
  const cookies = { secure: options.cookieSecure ?? !!options.production };
  const session = {
    sessionHours: options.sessionHours ?? 12,
    capacity,
    measureCache,
    memory,
    primaryAnswers: router?.primaryAnswers,
  };
  const clock = options.clock ?? (() => new Date());
  const graphql: GraphqlHandler<Context> = graphqlHandler<Context>(() => apollo, {
    context: (req, res, reads) => createContext(orm, httpSession(req, res, cookies), { ...session, reads }, clock()),
    router,
    onPrimary: isMutation,
    position: (context) => context.freshness.position(),
    secure: cookies.secure,
    answer: responses.answer,
  });
  const apollo: ApolloServer<Context> = new ApolloServer<Context>({
    // The portal's schema, executed by graphql-jit (jit-executor.ts says why this way).
    gateway: jitGateway(await buildPortalSchema()),
    formatError: errorFormatter({ production: !!options.production }),
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    allowBatchedHttpRequests: false,
    // Apollo would stop itself on SIGINT/SIGTERM and send the signal again, which main.ts then takes for
    // a second Ctrl-C and exits at once with status 1 (outside tests, where NODE_ENV=test keeps it off).
    // main.ts owns the order of a shutdown: HTTP drained, pool closed, PostgreSQL stopped.
    stopOnTerminationSignals: false,
    // Apollo's own messages (a failed plugin, an unexpected error) as JSON lines with the request's id.
    logger: log,
    parseOptions: { maxLexicalTokens: OPERATION_LIMITS.maxTokens },
    validationRules: [...limits.validationRules, KnownOperationTypesRule],
    plugins: [
      // graphql-armor's types name @apollo/server's CommonJS build; its plugins are plain objects either way.
      ...(limits.plugins as unknown as ApolloServerPlugin<Context>[]),
      nulGuard(),
      graphql.plugin,
      responses.plugin,
      metrics.plugin(),
      // Apollo's sandbox page at GET /graphql loads scripts from Apollo's CDN, which the portal's CSP refuses.
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint (answers are kept by the portal's own response cache), and the
      // default cache-control plugin wraps every field's resolution: ~20,000 wrappers in a county ranking.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(requestLog());
  app.use(securityHeaders({ https: cookies.secure }));
  const operations = operationsRoutes(orm, metrics, options.metricsAccess ?? { allow: DEFAULT_METRICS_ALLOW }, router);
  app.use(operations.router);
  app.use(
    '/graphql',
    // Answers over a kilobyte go compressed as the client accepts, each in one call (compress-answer.ts).
    express.json({ limit: MAX_REQUEST_BYTES }),
    resumeRequestLog,
    // After the body is read: the signal is carried by async context, which stream events do not keep.
    requestBudget(budgetMs),
    graphql.handler,
  );
  app.use('/graphql', refuseUnreadableBodies);
  // Report downloads: the same credentials, scope and rules as GraphQL, through the same context.
  app.use('/reports', requestBudget(budgetMs));
  app.use(
    reportDownloads(async (req, res) =>
      createContext(
        orm,
        httpSession(req, res, cookies),
        { ...session, reads: await chooseReads(router, req) },
        clock(),
      ),
    ),
  );
  if (options.clientDir && existsSync(options.clientDir)) {
    const clientDir = path.resolve(options.clientDir);
    // Vite names built assets by content hash, so they never change; the shell must always be fresh.
    // The build writes each asset brotli- and gzip-compressed beside it (vite-plugin-compression2):
    // served as the browser accepts, compressed once at build time rather than per request.
    app.use(
      '/assets',
      expressStaticGzip(path.join(clientDir, 'assets'), {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: { immutable: true, maxAge: '1y' },
      }),
    );
    app.use(express.static(clientDir, { index: false, maxAge: 0 }));
    // Client-side routes (/units/GZ?at=…) are the client's: every other GET gets the app shell.
    app.get('/{*path}', (_req, res) =>
      res.sendFile(path.join(clientDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } }),
    );
  }
  app.use(logUnhandled);

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, options.host ?? '0.0.0.0', () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // The port is taken, say: nothing listens, so let go of the rest and let the caller name the cause.
    await apollo.stop();
    await feed.close();
    await router?.close();
    await orm.close();
    throw error;
  }
  const { port } = httpServer.address() as { port: number };
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    orm,
    measureCache,
    memory,
    forget: () => {
      measureCache.clear();
      responses.clear();
      memory.dataStates.clear();
      memory.credentials.clear();
      memory.tree.clear();
    },
    close: () =>
      (closing ??= (async () => {
        operations.stop();
        await apollo.stop();
        await feed.close();
        await router?.close();
        await orm.close();
      })()),
  };
}

/** A body too large or not JSON gets a GraphQL-shaped answer with a code, not Express's HTML page. */
const refuseUnreadableBodies: ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: number }).status;
  if (status === 413) {
    res.status(413).json({
      errors: [
        {
          message: `the request is larger than ${MAX_REQUEST_BYTES} bytes`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  } else if (status === 400) {
    res
      .status(400)
      .json({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};

/** What no route answered for: logged with the request's id (never the request itself), a plain 500 sent. */
const logUnhandled: ErrorRequestHandler = (error, _req, res, next) => {
  log.error({ err: error }, 'unhandled error');
  if (res.headersSent) next(error);
  else res.status(500).type('text/plain').send('internal server error\n');
};
