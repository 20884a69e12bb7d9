import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { GraphQLResponse } from './graphql.js';

// The portal as `npm start` runs it (server/main.ts), in a process of its own: for the tests of what
// a portal of several processes shares, which one process with two servers in it could not show.

/**
 * The V8 and Node options `npm start` gives the server (package.json's start script says the same, which
 * test/server/node-options.test.ts checks): a 64 MB young generation. README's design section says why
 * ("What a warm request needs, without a round trip").
 */
export const SERVER_NODE_OPTIONS = '--max-semi-space-size=64';

export interface PortalProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far, standard output and error together. */
  output: () => string;
  /** Resolves with its exit code once it has exited. */
  exited: Promise<number | null>;
  /** Sends the signal (SIGTERM by default) and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts the portal with these settings (over the test's environment); resolves once it listens. */
export async function startPortalProcess(env: Record<string, string>): Promise<PortalProcess> {
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    // Its log at info (the tests' own is warn): its start is read from the line that says where it listens.
    env: {
      ...process.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, SERVER_NODE_OPTIONS].filter(Boolean).join(' '),
      HOST: '127.0.0.1',
      LOAD_DEMO: 'false',
      CLIENT_DIR: 'no-client',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    child.stdout.on('data', () => {
      const match = /"msg":"portal at (http:\/\/localhost:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return {
    child,
    url,
    output: () => output,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface Answer {
  status: number;
  /** The session cookie it set, as `name=value`. */
  cookie?: string;
  headers: http.IncomingHttpHeaders;
  body: GraphQLResponse;
}

/**
 * POSTs an operation on a connection of its own (no keep-alive): each request is handed to a server
 * process afresh, and none rides a connection to a process killed meanwhile.
 */
export function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            // The session's cookie, not the WAL position's a portal with replicas sets beside it.
            const cookie = response.headers['set-cookie']
              ?.map((line) => line.split(';')[0])
              .find((pair) => !pair.startsWith('crp_lsn='));
            resolve({
              status: response.statusCode ?? 0,
              cookie,
              headers: response.headers,
              body: JSON.parse(text) as GraphQLResponse,
            });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}
