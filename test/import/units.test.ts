// Units are imported as membership periods: keyed by code + valid_from, checked as a tree over time
// together with the stored periods the file does not replace.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createImportFixture, UNITS_CSV, type ImportFixture } from './helpers.js';

const HEADER = 'code,name_zh,name_en,kind,parent_code,level,valid_from,valid_to';

let fx: ImportFixture;
let before: Record<string, string[]>;

beforeAll(async () => {
  fx = await createImportFixture();
});
afterAll(() => fx.close());

beforeEach(async () => {
  await fx.query('truncate unit, unit_membership cascade');
  await fx.run('units', await fx.csv('units.csv', UNITS_CSV));
  before = await fx.snapshot();
});

async function refuse(name: string, rows: string[]) {
  const file = await fx.csv(name, [HEADER, ...rows]);
  const { lines } = await fx.rejection('units', file);
  expect(await fx.snapshot()).toEqual(before);
  return { file, lines };
}

async function memberships(code: string): Promise<string[]> {
  const rows = await fx.query<{ period: string }>(
    `select coalesce(p.code, '-') || ' ' || m.level || ' ' || m.valid_from || '..' || coalesce(m.valid_to::text, '') as period
     from unit_membership m join unit u on u.id = m.unit_id left join unit p on p.id = m.parent_id
     where u.code = $1 order by m.valid_from`,
    [code],
  );
  return rows.map((row) => row.period);
}

describe('refused', () => {
  test('rejects overlapping membership periods of one unit within the file and writes nothing', async () => {
    const { file, lines } = await refuse('overlap-in-file.csv', [
      'FS,佛山分公司,Foshan,BRANCH,GD,CITY,2000-01-01,2012-12-31',
      'FS,佛山分公司,Foshan,BRANCH,HQ,PROVINCE,2012-06-01,',
    ]);
    expect(lines).toEqual([
      `${file}:3: valid_from: the period from 2012-06-01, open-ended of unit "FS" overlaps its period from 2000-01-01 to 2012-12-31 at line 2`,
    ]);
  });

  test('rejects a period that overlaps a stored period the file does not replace and writes nothing', async () => {
    const { file, lines } = await refuse('overlap-stored.csv', [
      'GZ,广州分公司,Guangzhou,BRANCH,HQ,PROVINCE,2010-07-01,2010-12-31',
    ]);
    expect(lines).toEqual([
      `${file}:2: valid_from: the period from 2010-07-01 to 2010-12-31 of unit "GZ" overlaps its stored period from 2000-01-01 to 2010-12-31`,
    ]);
  });

  test('rejects a parent that would make a cycle and writes nothing', async () => {
    const { file, lines } = await refuse('cycle.csv', ['GD,广东分公司,Guangdong,BRANCH,SZ,PROVINCE,2000-01-01,']);
    expect(lines).toEqual([`${file}:2: parent_code: parent "SZ" would make a cycle: GD → SZ → GD`]);
  });

  test('rejects a cycle that exists only on the dates two periods share', async () => {
    const { file, lines } = await refuse('dated-cycle.csv', [
      'GD,广东分公司,Guangdong,BRANCH,HQ,PROVINCE,2000-01-01,2004-12-31',
      'GD,广东分公司,Guangdong,BRANCH,GZ,PROVINCE,2005-01-01,',
    ]);
    // GZ sits under GD until 2010; GD under GZ from 2005 closes the loop for 2005–2010.
    expect(lines).toEqual([`${file}:3: parent_code: parent "GZ" would make a cycle: GD → GZ → GD`]);
  });

  test('accepts a parent change that would be a cycle only on dates that do not overlap', async () => {
    const file = await fx.csv('no-cycle.csv', [
      HEADER,
      'GD,广东分公司,Guangdong,BRANCH,HQ,PROVINCE,2000-01-01,2010-12-31',
      'GD,广东分公司,Guangdong,BRANCH,GZ,CITY,2011-01-01,',
    ]);
    await expect(fx.run('units', file)).resolves.toMatchObject({ rows: 2, inserted: 1, updated: 1 });
  });

  test('rejects an unknown parent code and writes nothing', async () => {
    const { file, lines } = await refuse('unknown-parent.csv', ['FS,佛山分公司,Foshan,BRANCH,XX,CITY,2000-01-01,']);
    expect(lines).toEqual([`${file}:2: parent_code: unknown unit code "XX" (neither stored nor in this file)`]);
  });

  test('rejects a head office with a parent and a branch without one, and writes nothing', async () => {
    const { file, lines } = await refuse('levels.csv', [
      'HQ2,第二总部,,BRANCH,HQ,HQ,2000-01-01,',
      'FS,佛山分公司,Foshan,BRANCH,,CITY,2000-01-01,',
    ]);
    expect(lines).toEqual([
      `${file}:2: parent_code: a unit at level HQ has no parent, but "HQ" is given`,
      `${file}:3: parent_code: a unit at level CITY needs a parent, but the cell is empty`,
    ]);
  });

  test('rejects valid_to before valid_from and writes nothing', async () => {
    const { file, lines } = await refuse('backwards.csv', [
      'FS,佛山分公司,Foshan,BRANCH,GD,CITY,2005-01-01,2004-12-31',
    ]);
    expect(lines).toEqual([`${file}:2: valid_to: 2004-12-31 is before valid_from 2005-01-01`]);
  });

  test('rejects a code and valid_from twice in one file, a bad level and a unit that is its own parent', async () => {
    const { file, lines } = await refuse('assorted.csv', [
      'FS,佛山分公司,Foshan,BRANCH,GD,CITY,2000-01-01,',
      'FS,佛山分公司,Foshan,BRANCH,GD,CITY,2000-01-01,',
      'ZH,珠海分公司,Zhuhai,OFFICE,GD,TOWN,2000-01-01,',
      'ZS,中山分公司,Zhongshan,BRANCH,ZS,CITY,2000-01-01,',
    ]);
    expect(lines).toEqual([
      `${file}:3: code+valid_from: "FS" 2000-01-01 appears more than once in the file (first at line 2)`,
      `${file}:4: kind: "OFFICE" is not one of BRANCH, DEPARTMENT`,
      `${file}:4: level: "TOWN" is not one of HQ, PROVINCE, CITY, COUNTY`,
      `${file}:5: parent_code: a unit cannot be its own parent ("ZS")`,
    ]);
  });
});

describe('merged', () => {
  test('imports the same units twice and reports every row unchanged the second time', async () => {
    const file = await fx.csv('again.csv', UNITS_CSV);
    await expect(fx.run('units', file)).resolves.toMatchObject({ rows: 5, inserted: 0, updated: 0, unchanged: 5 });
    expect(await fx.snapshot()).toEqual(before);
  });

  test('takes the unit names from its latest period and counts every row of a renamed unit as updated', async () => {
    const file = await fx.csv('renamed.csv', [
      HEADER,
      'GZ,广州市分公司,Guangzhou City,BRANCH,GD,CITY,2000-01-01,2010-12-31',
      'GZ,广州分公司(计划单列),Guangzhou Separately Planned,BRANCH,HQ,PROVINCE,2011-01-01,',
      'SZ,深圳分公司,Shenzhen,BRANCH,GD,CITY,2000-01-01,',
    ]);
    await expect(fx.run('units', file)).resolves.toMatchObject({ rows: 3, inserted: 0, updated: 2, unchanged: 1 });
    expect(await fx.query('select name_zh, name_en from unit where code = $1', ['GZ'])).toEqual([
      { name_zh: '广州分公司(计划单列)', name_en: 'Guangzhou Separately Planned' },
    ]);
  });

  test('shortens a stored period and fills the gap with a new one in the same file', async () => {
    const file = await fx.csv('split.csv', [
      HEADER,
      'GZ,广州分公司,Guangzhou,BRANCH,GD,CITY,2000-01-01,2005-12-31',
      'GZ,广州分公司,Guangzhou,BRANCH,GD,COUNTY,2006-01-01,2010-12-31',
    ]);
    await expect(fx.run('units', file)).resolves.toMatchObject({ rows: 2, inserted: 1, updated: 1, unchanged: 0 });
    expect(await memberships('GZ')).toEqual([
      'GD CITY 2000-01-01..2005-12-31',
      'GD COUNTY 2006-01-01..2010-12-31',
      'HQ PROVINCE 2011-01-01..',
    ]);
  });

  test('adds a unit whose parent comes later in the same file', async () => {
    const file = await fx.csv('new-branch.csv', [
      HEADER,
      'FS-CL,佛山理赔事业部,Foshan Claims,DEPARTMENT,FS,COUNTY,2012-01-01,',
      'FS,佛山分公司,Foshan,BRANCH,GD,CITY,2012-01-01,',
    ]);
    await expect(fx.run('units', file)).resolves.toMatchObject({ rows: 2, inserted: 2 });
    expect(await memberships('FS-CL')).toEqual(['FS COUNTY 2012-01-01..']);
  });
});
