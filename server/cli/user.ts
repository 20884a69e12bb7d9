// Users and API tokens for operators, on the configured database (DATABASE_URL, or the embedded one):
//   npm run user -- add <username> --role <ROLE> [--unit <CODE>]...   the password: prompted on a
//                                                                      terminal, else one line of stdin
//   npm run user -- token <username> [--name NAME] [--expires ISO]      prints the new token, nothing else
// Exit code 0: done; 1: refused (the reason on stderr); 2: usage error.
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ROLES } from '../../db/domain.js';
import { runWithDatabase } from '../../db/cli/run-with-database.js';
import { createOrm } from '../../db/orm.js';
import { DomainError } from '../errors.js';
import { COMMAND_LINE, createApiToken, createUser } from '../modules/access/index.js';
import { transactor } from '../kernel/transact.js';

const USAGE = `usage: npm run user -- add <username> --role <ROLE> [--unit <CODE>]...
       npm run user -- token <username> [--name NAME] [--expires 2027-06-30T00:00:00+08:00]
  ROLE  ${ROLES.join(' | ')}`;

type Command =
  | { verb: 'add'; username: string; role: string; units: string[] }
  | { verb: 'token'; username: string; name: string; expiresAt: Date | null };

const command = parseCommand(process.argv.slice(2));
if (typeof command === 'string') {
  console.error(`${command}\n${USAGE}`);
  process.exit(2);
}
// Read before the database starts, so a prompt is not interleaved with its messages.
const password = command.verb === 'add' ? await readPassword() : '';

await runWithDatabase(async (url) => {
  const orm = await createOrm(url);
  try {
    const transact = transactor(orm);
    if (command.verb === 'add') {
      const user = await createUser(transact, COMMAND_LINE, { ...command, password });
      console.error(
        `created ${user.username} (${user.role}${command.units.length ? `: ${command.units.join(', ')}` : ''})`,
      );
    } else {
      const { token } = await createApiToken(transact, COMMAND_LINE, { ...command, now: new Date() });
      console.log(token);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await orm.close();
  }
});

function parseCommand(args: string[]): Command | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        role: { type: 'string' },
        unit: { type: 'string', multiple: true },
        name: { type: 'string' },
        expires: { type: 'string' },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const [verb, username, ...rest] = parsed.positionals;
  const { role, unit, name, expires } = parsed.values;
  if (rest.length > 0) return `unexpected arguments: ${rest.join(' ')}`;
  if (!username) return 'a username is needed';
  if (verb === 'add') {
    if (!role) return '--role is needed';
    if (name !== undefined || expires !== undefined) return '--name and --expires belong to token';
    return { verb, username, role, units: unit ?? [] };
  }
  if (verb === 'token') {
    if (role !== undefined || unit !== undefined) return '--role and --unit belong to add';
    const expiresAt = expires === undefined ? null : new Date(expires);
    if (expiresAt && Number.isNaN(expiresAt.getTime())) return `--expires "${expires}" is not an instant`;
    return { verb, username, name: name ?? 'command line', expiresAt };
  }
  return verb ? `unknown command "${verb}"` : 'a command is needed: add or token';
}

/** On a terminal: asked twice, not echoed. Otherwise: the first line of standard input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return '';
  }
  const [first, again] = await askHidden(['password: ', 'password again: ']);
  if (first !== again) {
    console.error('the two passwords differ');
    process.exit(1);
  }
  return first;
}

/** One line per prompt from the terminal in raw mode, echoing nothing; keys typed ahead are kept for the next prompt. */
function askHidden(prompts: readonly string[]): Promise<string[]> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    const answers: string[] = [];
    let typed = '';
    process.stderr.write(prompts[0]);
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') process.exit(130); // Ctrl-C
        if (char === '\r' || char === '\n') {
          process.stderr.write('\n');
          answers.push(typed);
          typed = '';
          if (answers.length === prompts.length) {
            stdin.off('data', onData);
            stdin.setRawMode(false);
            stdin.pause();
            resolve(answers);
            return;
          }
          process.stderr.write(prompts[answers.length]);
        } else if (char === '\u007f') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
