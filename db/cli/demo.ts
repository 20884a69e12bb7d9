// Loads the demo data set (SEED-SCENARIO.md) into the configured database:   npm run demo
// Only writes the import files, without touching a database:                 npm run demo -- --out DIR
import { readDatabaseSettings } from '../database-config.js';
import { loadDemo, writeDemoFiles } from '../demo/index.js';
import { openDatabase } from '../embedded.js';
import { migrate } from '../migrate.js';
import { createOrm } from '../orm.js';

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
  const db = await openDatabase(readDatabaseSettings(), console.error);
  try {
    const orm = await createOrm(db.url);
    try {
      await migrate(orm);
    } finally {
      await orm.close();
    }
    const started = Date.now();
    await loadDemo(db.url, { log: console.log });
    console.log(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.release();
  }
}
