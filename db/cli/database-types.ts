// Writes db/database.ts, the row type of every table, generated from the migrated schema by
// kysely-codegen:   npm run db:types   (a test fails when the file is stale, as for the GraphQL schema)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { codegenArguments } from '../database-types.js';
import { runWithDatabase } from './run-with-database.js';

await runWithDatabase(async (url) => {
  const { stderr } = await promisify(execFile)('node_modules/.bin/kysely-codegen', codegenArguments(url));
  process.stderr.write(stderr);
  console.log('wrote db/database.ts');
  return 0;
});
