import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_OPTIONS } from '../support/portal-process.js';

// The tests' and the bench's server processes run as `npm start` runs the server: with its options.
describe('the server processes started by tests and the bench', () => {
  it('get the Node options of `npm start`', async () => {
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`exec node ${SERVER_NODE_OPTIONS} dist/server/main.js`);
  });
});
