// npm run calendar:generate — writes db/rules/calendar.csv, the working-day calendar the portal ships
// (RULES.md §2), from the maintained npm package `chinese-days` (MIT; the State Council's yearly
// notices, the extended 2020 Spring Festival included): one row per date that departs from
// Monday–Friday, 2008 to the last year the package knows. The file is committed, so the portal needs
// the package only to regenerate it; `npm run import -- calendar <file>` adds or corrects years.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const FIRST_YEAR = 2008;
const require = createRequire(import.meta.url);
const source = path.join(path.dirname(require.resolve('chinese-days/package.json')), 'dist/chinese-days.json');
const { version } = JSON.parse(await readFile(require.resolve('chinese-days/package.json'), 'utf8')) as {
  version: string;
};
const data = JSON.parse(await readFile(source, 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
/** "Spring Festival,春节,3" → "春节 Spring Festival". */
const note = (raw: string) => {
  const [en, zh] = raw.split(',');
  return `${zh} ${en}`;
};

const rows = [
  ...Object.entries(data.holidays)
    .filter(([date]) => !weekend(date))
    .map(([date, raw]) => [date, 'false', `${note(raw)} 放假`]),
  ...Object.entries(data.workdays)
    .filter(([date]) => weekend(date))
    .map(([date, raw]) => [date, 'true', `${note(raw)} 调休上班`]),
]
  .filter(([date]) => Number(date.slice(0, 4)) >= FIRST_YEAR)
  .sort(([a], [b]) => a.localeCompare(b));

const first = rows.at(0);
const last = rows.at(-1);
if (!first || !last) throw new Error(`chinese-days ${version} knows no date from ${FIRST_YEAR} on`);
const out = path.resolve('db/rules/calendar.csv');
await writeFile(out, ['date,is_working_day,note', ...rows.map((row) => row.join(','))].join('\n') + '\n');
console.log(`wrote ${rows.length} rows (${first[0]} to ${last[0]}) from chinese-days ${version} to ${out}`);
