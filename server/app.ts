import 'reflect-metadata';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm, type OrmOptions } from '../db/orm.js';
import { createContext, type Context } from './graphql/context.js';
import { formatError } from './graphql/format-error.js';
import { buildPortalSchema } from './graphql/schema.js';

export interface ServerOptions {
  databaseUrl: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The built client (client/dist); the portal serves it at / when present. */
  clientDir?: string;
  production?: boolean;
  /** Tests pass `onQuery` here to count SQL statements. */
  orm?: OrmOptions;
}

export interface RunningServer {
  url: string;
  orm: MikroORM;
  close(): Promise<void>;
}

/** GraphQL at /graphql and the client at /, on one port. Closing drains requests, then the pool. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const orm = await createOrm(options.databaseUrl, options.orm);
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildPortalSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(orm) }),
  );
  if (options.clientDir && existsSync(options.clientDir)) {
    const clientDir = path.resolve(options.clientDir);
    // Vite names built assets by content hash, so they never change; the shell must always be fresh.
    app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y' }));
    app.use(express.static(clientDir, { index: false, maxAge: 0 }));
    // Client-side routes (/units/GZ?at=…) are the client's: every other GET gets the app shell.
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } }));
  }

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as { port: number };
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    orm,
    close: () =>
      (closing ??= (async () => {
        await apollo.stop();
        await orm.close();
      })()),
  };
}
