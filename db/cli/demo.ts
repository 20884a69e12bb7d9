// Loads the demo data set (SEED-SCENARIO.md) into the configured database:   npm run demo
// Only writes the import files, without touching a database:                 npm run demo -- --out DIR
import { loadDemo, writeDemoFiles } from '../demo/index.js';
import { runWithDatabase } from './run-with-database.js';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
if (outIndex >= 0 && !args[outIndex + 1]) {
  console.error('usage: npm run demo [-- --out DIR]');
  process.exit(2);
}

if (outIndex >= 0) {
  const files = await writeDemoFiles(args[outIndex + 1]);
  for (const [kind, file] of Object.entries(files)) console.log(`${kind}: ${file}`);
} else {
  await runWithDatabase(async (url) => {
    const started = Date.now();
    await loadDemo(url, { log: console.log });
    console.log(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  });
}
