// Fixtures for the import tests: files written to a temporary folder, a fresh database per test file,
// and a snapshot of every table an import may touch, to show that a refused file wrote nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { formatIssue, importFile, ImportRejected, type ImportKind, type ImportOptions } from '../../db/import/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

export interface ImportFixture {
  db: TestDatabase;
  dir: string;
  /** Writes `lines` (joined with \n) as a UTF-8 CSV in the temporary folder and returns its path. */
  csv: (name: string, lines: string[]) => Promise<string>;
  run: (kind: ImportKind, file: string, options?: ImportOptions) => ReturnType<typeof importFile>;
  /** The issues of a refused import, formatted as the command line prints them. */
  rejection: (kind: ImportKind, file: string, options?: ImportOptions) => Promise<{ lines: string[]; total: number }>;
  query: <T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  /** Every stored row of every imported table, as text, in a stable order. */
  snapshot: () => Promise<Record<string, string[]>>;
  close: () => Promise<void>;
}

const TABLES: Record<string, string> = {
  unit: 'select code, name_zh, name_en, kind from unit order by code',
  unit_membership: `select u.code, p.code as parent, m.level, m.valid_from::text, m.valid_to::text
                    from unit_membership m join unit u on u.id = m.unit_id left join unit p on p.id = m.parent_id
                    order by u.code, m.valid_from`,
  premium:
    'select u.code, p.month::text, p.line, p.premium_yuan::text, p.policies from premium p join unit u on u.id = p.unit_id order by 1, 2, 3',
  complaint: `select c.ref, c.received_at, c.channel, u.code, c.line, c.category, c.policy_factor, c.valid, c.duplicate_of,
                     c.due_at, c.closed_at, c.escalated, c.outcome, c.customer_name, c.customer_phone, c.summary
              from complaint c join unit u on u.id = c.unit_id order by c.ref`,
  followup:
    'select c.ref, f.visited_at, f.satisfied from followup f join complaint c on c.id = f.complaint_id order by 1, 2',
  activity:
    'select u.code, a.date::text, a.kind, a.count, a.note from activity a join unit u on u.id = a.unit_id order by 1, 2, 3',
};

export async function createImportFixture(): Promise<ImportFixture> {
  const db = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crp-import-test-'));
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();

  const query = async <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) =>
    (await client.query<T>(sql, params)).rows;

  return {
    db,
    dir,
    async csv(name, lines) {
      const file = path.join(dir, name);
      await writeFile(file, lines.join('\n') + '\n', 'utf8');
      return file;
    },
    run: (kind, file, options) => importFile(db.url, kind, file, options),
    async rejection(kind, file, options) {
      try {
        await importFile(db.url, kind, file, options);
      } catch (error) {
        if (error instanceof ImportRejected) return { lines: error.issues.map(formatIssue), total: error.totalIssues };
        throw error;
      }
      throw new Error(`expected ${file} to be refused, but it was imported`);
    },
    query,
    async snapshot() {
      const result: Record<string, string[]> = {};
      for (const [table, sql] of Object.entries(TABLES)) {
        result[table] = (await query(sql)).map((row) => JSON.stringify(row));
      }
      return result;
    },
    async close() {
      await client.end();
      await rm(dir, { recursive: true, force: true });
      await db.drop();
    },
  };
}

/** A small tree: headquarters, Guangdong under it, Shenzhen under Guangdong, Guangzhou moved up in 2011. */
export const UNITS_CSV = [
  'code,name_zh,name_en,kind,parent_code,level,valid_from,valid_to',
  'HQ,总公司,Head Office,BRANCH,,HQ,2000-01-01,',
  'GD,广东分公司,Guangdong,BRANCH,HQ,PROVINCE,2000-01-01,',
  'GZ,广州分公司,Guangzhou,BRANCH,GD,CITY,2000-01-01,2010-12-31',
  'GZ,广州分公司,Guangzhou,BRANCH,HQ,PROVINCE,2011-01-01,',
  'SZ,深圳分公司,Shenzhen,BRANCH,GD,CITY,2000-01-01,',
];

export const COMPLAINTS_CSV = [
  'ref,received_at,channel,unit_code,line,category,policy_factor,valid,duplicate_of,due_at,closed_at,escalated,outcome,customer_name,customer_phone,summary',
  'C001,2013-01-05T09:30:00+08:00,HOTLINE_95518,GZ,AUTO,CLAIMS,,,,,2013-01-10T17:00:00+08:00,,UPHELD,张三,13800000001,理赔进度慢',
  'C002,2013-01-06 10:00:00,ONLINE,SZ,NON_AUTO,SALES,否,是,C001,,,1,,李四,,',
];

export const PREMIUMS_CSV = [
  'unit_code,month,line,premium_yuan,policies',
  'GZ,2013-01,AUTO,1200000.50,300',
  'SZ,2013-01,AUTO,800000,200',
];

export const ACTIVITIES_CSV = ['unit_code,date,kind,count,note', 'GZ,2013-01-08,TRAINING,12,新员工培训'];

export const FOLLOWUPS_CSV = ['complaint_ref,visited_at,satisfied', 'C001,2013-01-11 10:00,是'];

/** Loads every fixture above, so that refused files can be shown to leave real data untouched. */
export async function seed(fx: ImportFixture): Promise<void> {
  await fx.run('units', await fx.csv('seed-units.csv', UNITS_CSV));
  await fx.run('complaints', await fx.csv('seed-complaints.csv', COMPLAINTS_CSV));
  await fx.run('premiums', await fx.csv('seed-premiums.csv', PREMIUMS_CSV));
  await fx.run('activities', await fx.csv('seed-activities.csv', ACTIVITIES_CSV));
  await fx.run('followups', await fx.csv('seed-followups.csv', FOLLOWUPS_CSV));
}
