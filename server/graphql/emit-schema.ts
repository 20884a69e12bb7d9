// npm run schema: writes schema/schema.graphql from the code (the client's codegen reads it).
import { mkdir, writeFile } from 'node:fs/promises';
import { printPortalSchema } from './schema.js';

export const SCHEMA_FILE = 'schema/schema.graphql';

await mkdir('schema', { recursive: true });
await writeFile(SCHEMA_FILE, await printPortalSchema());
console.log(`wrote ${SCHEMA_FILE}`);
