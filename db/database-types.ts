/** How db/database.ts is generated (kysely-codegen), for `npm run db:types` and the test that checks it. */
export const DATABASE_TYPES_FILE = 'db/database.ts';

export function codegenArguments(url: string, options: { verify?: boolean } = {}): string[] {
  return [
    '--url',
    url,
    '--dialect',
    'postgres',
    '--out-file',
    DATABASE_TYPES_FILE,
    // Dates travel as YYYY-MM-DD strings, numeric as strings (exact), as the repositories read them.
    '--date-parser',
    'string',
    '--numeric-parser',
    'string',
    '--exclude-pattern',
    'mikro_orm_migrations',
    '--log-level',
    'warn',
    ...(options.verify ? ['--verify'] : []),
  ];
}
