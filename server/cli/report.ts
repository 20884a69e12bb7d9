// A report as a file, on the configured database (DATABASE_URL, or the embedded one):
//   npm run report -- <branch|regulator> --unit <CODE> --from <YYYY-MM-DD> --to <YYYY-MM-DD>
//     --format <xlsx|pdf> --out <file> [--submit] [--lang en|zh-CN] [--comparison YOY|PREVIOUS|NONE]
// Without --submit: a draft from live figures, nothing stored. With it: the report is saved and
// submitted (frozen), and the file drawn from the stored version. It runs with headquarters' reach as
// the command line ("cli" in the report and the audit log). Exit 0: written; 1: refused; 2: usage.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runWithDatabase } from '../../db/cli/run-with-database.js';
import { COMPARISONS } from '../../db/domain.js';
import { createOrm } from '../../db/orm.js';
import { DomainError } from '../errors.js';
import { createContext } from '../graphql/context.js';
import { COMMAND_LINE_IDENTITY, type HttpSession } from '../modules/access/index.js';
import type { ExportFormat, ExportLanguage } from '../modules/reports/index.js';

const USAGE = `usage: npm run report -- <branch|regulator> --unit <CODE> --from <YYYY-MM-DD> --to <YYYY-MM-DD>
         --format <xlsx|pdf> --out <file> [--submit] [--lang en|zh-CN] [--comparison ${COMPARISONS.join('|')}]`;

interface Command {
  input: { template: string; unit: string; period: { from: string; to: string }; comparison: string };
  format: ExportFormat;
  language: ExportLanguage;
  out: string;
  submit: boolean;
}

const command = parseCommand(process.argv.slice(2));
if (typeof command === 'string') {
  console.error(`${command}\n${USAGE}`);
  process.exit(2);
}

/** The command line has no HTTP exchange: no address, no credentials, no cookie. */
const NO_HTTP: HttpSession = {
  address: 'command line',
  credentials: {},
  setSessionCookie: () => {
    // no browser to hand a cookie to
  },
  clearSessionCookie: () => {
    // nor one to take it back from
  },
};

await runWithDatabase(async (url) => {
  const orm = await createOrm(url);
  try {
    const { reports } = await createContext(orm, NO_HTTP, { sessionHours: 1 }, new Date(), COMMAND_LINE_IDENTITY);
    let file;
    if (command.submit) {
      const report = await reports.create(command.input);
      const version = await reports.submit(report.id);
      file = await reports.exportFile(report.id, version.version, command.format, command.language);
      console.error(`submitted report ${report.id} version ${version.version} (fingerprint ${version.fingerprint})`);
    } else {
      file = await reports.exportPreview(command.input, command.format, command.language);
    }
    await writeFile(command.out, file.body);
    console.error(`wrote ${command.out} (${file.filename}, ${file.body.length} bytes)`);
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
        unit: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        submit: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'zh-CN' },
        comparison: { type: 'string', default: 'YOY' },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const [template, ...rest] = parsed.positionals;
  const { unit, from, to, format, out, submit, lang, comparison } = parsed.values;
  if (rest.length > 0) return `unexpected arguments: ${rest.join(' ')}`;
  if (template !== 'branch' && template !== 'regulator')
    return template
      ? `unknown template "${template}": branch or regulator`
      : 'a template is needed: branch or regulator';
  if (!unit) return '--unit is needed';
  if (!from) return '--from is needed';
  if (!to) return '--to is needed';
  if (!format) return '--format is needed';
  if (!out) return '--out is needed';
  for (const [name, value] of Object.entries({ from, to }))
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `--${name} "${value}" is not a date (YYYY-MM-DD)`;
  if (format !== 'xlsx' && format !== 'pdf') return `--format "${format}": xlsx or pdf`;
  if (lang !== 'en' && lang !== 'zh-CN') return `--lang "${lang}": en or zh-CN`;
  if (!(COMPARISONS as readonly string[]).includes(comparison))
    return `--comparison "${comparison}": ${COMPARISONS.join(', ')}`;
  return {
    input: { template: template.toUpperCase(), unit, period: { from, to }, comparison },
    format,
    language: lang,
    out,
    submit,
  };
}
