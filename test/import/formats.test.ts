// What a file may look like: encodings, XLSX, headers, and how cells are read (timestamps in Shanghai
// time, the default deadline, booleans).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createImportFixture, UNITS_CSV, type ImportFixture } from './helpers.js';

let fx: ImportFixture;

beforeAll(async () => {
  fx = await createImportFixture();
  await fx.run('units', await fx.csv('units.csv', UNITS_CSV));
});
afterAll(() => fx.close());
beforeEach(() => fx.query('truncate complaint cascade'));

const COMPLAINT_HEADER = 'ref,received_at,channel,unit_code,line,category';

async function complaint(ref: string) {
  const [row] = await fx.query(
    `select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as received_local,
            received_at, due_at, received_date::text, policy_factor, valid, escalated, customer_name, summary,
            due_source, rule_set_code, rule_set_version, calendar_version
     from complaint where ref = $1`,
    [ref],
  );
  return row;
}

describe('encodings', () => {
  test('reads a UTF-8 file with a byte-order mark, its first header included', async () => {
    const file = path.join(fx.dir, 'bom.csv');
    await writeFile(
      file,
      '\uFEFF' + [`${COMPLAINT_HEADER},customer_name`, 'B1,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,王五'].join('\r\n'),
    );
    await expect(fx.run('complaints', file)).resolves.toMatchObject({ rows: 1, inserted: 1 });
    expect(await complaint('B1')).toMatchObject({ customer_name: '王五' });
  });

  test('detects a GB18030 file and stores its Chinese text exactly', async () => {
    const file = path.join(fx.dir, 'gbk.csv');
    const text = [
      `${COMPLAINT_HEADER},customer_name,summary`,
      'G1,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,欧阳𠮷,车险理赔时效慢，客户不满',
    ].join('\r\n');
    await writeFile(file, iconv.encode(text, 'gb18030'));
    await expect(fx.run('complaints', file)).resolves.toMatchObject({ rows: 1, inserted: 1 });
    expect(await complaint('G1')).toMatchObject({ customer_name: '欧阳𠮷', summary: '车险理赔时效慢，客户不满' });
  });

  test('takes the encoding it is told, and refuses bytes that are not that encoding rather than store mojibake', async () => {
    const file = path.join(fx.dir, 'gbk-told-utf8.csv');
    await writeFile(
      file,
      iconv.encode(
        [`${COMPLAINT_HEADER},summary`, 'G2,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,理赔'].join('\n'),
        'gb18030',
      ),
    );
    const { lines } = await fx.rejection('complaints', file, { encoding: 'utf8' });
    expect(lines).toEqual([
      `${file}:1: (file): the file is not valid UTF-8 text from about this line on; if it is GB18030, import it with --encoding gb18030`,
    ]);
    await expect(fx.run('complaints', file, { encoding: 'gb18030' })).resolves.toMatchObject({ inserted: 1 });
    expect(await complaint('G2')).toMatchObject({ summary: '理赔' });
  });

  test('detects UTF-8 when a Chinese character is cut in two by the end of the 64 KB sample', async () => {
    const rows = [`${COMPLAINT_HEADER},summary`];
    const base = 'U0,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,';
    // Pad with ASCII so that a three-byte character straddles byte 65,536.
    const padding = 65_536 - Buffer.byteLength(rows[0] + '\n' + base) - 1;
    rows.push(base + 'x'.repeat(padding) + '理赔');
    const file = await fx.csv('cut.csv', rows);
    await expect(fx.run('complaints', file)).resolves.toMatchObject({ inserted: 1 });
    expect(String((await complaint('U0')).summary).endsWith('x理赔')).toBe(true);
  });
});

describe('xlsx', () => {
  test('reads the first sheet of a workbook, dates and numbers included, and reports sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('投诉');
    sheet.addRow(['category', 'ref', 'received_at', 'channel', 'unit_code', 'line', 'escalated', 'customer_name']);
    sheet.addRow(['CLAIMS', 'X1', new Date(Date.UTC(2013, 0, 5, 9, 30)), 'ONLINE', 'GZ', 'AUTO', true, '赵六']);
    sheet.addRow(['SALES', 'X2', '2013-01-06T10:00:00+08:00', 'ONSITE', 'SZ', 'NON_AUTO', 0, '钱七']);
    workbook.addWorksheet('notes').addRow(['ignored']);
    const file = path.join(fx.dir, 'complaints.xlsx');
    await workbook.xlsx.writeFile(file);

    await expect(fx.run('complaints', file)).resolves.toMatchObject({ rows: 2, inserted: 2 });
    // A date cell has no zone: its wall-clock time is read as Shanghai's.
    expect(await complaint('X1')).toMatchObject({
      received_local: '2013-01-05T09:30:00.000',
      escalated: true,
      customer_name: '赵六',
    });
    expect(await complaint('X2')).toMatchObject({ received_local: '2013-01-06T10:00:00.000', escalated: false });

    sheet.getRow(2).getCell(5).value = 'XX9';
    sheet.addRow([]);
    sheet.addRow(['CLAIMS', 'X3', '2013-01-07 10:00', 'PHONE', 'GZ', 'AUTO', '', '']);
    const bad = path.join(fx.dir, 'bad.xlsx');
    await workbook.xlsx.writeFile(bad);
    const { lines } = await fx.rejection('complaints', bad);
    expect(lines).toEqual([
      `${bad}:2: unit_code: unknown unit code "XX9"`,
      `${bad}:5: channel: "PHONE" is not one of HOTLINE_95518, HQ_REFERRAL, REGULATOR_REFERRAL, LETTERS_VISITS, ONSITE, ONLINE`,
    ]);
  });
});

describe('headers', () => {
  test('rejects an unknown column, naming it, and reads nothing', async () => {
    const file = await fx.csv('misspelt.csv', [
      'ref,recieved_at,received_at,channel,unit_code,line,category',
      'M1,,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS',
    ]);
    const { lines } = await fx.rejection('complaints', file);
    expect(lines).toEqual([
      `${file}:1: recieved_at: unknown column; the columns are ref, received_at, channel, unit_code, line, category, ` +
        'policy_factor, valid, duplicate_of, due_at, closed_at, escalated, outcome, customer_name, customer_phone, summary, ' +
        'handling_class, extended_due_at, extension_reason, extension_approver',
    ]);
    expect(await fx.query('select ref from complaint')).toEqual([]);
  });

  test('rejects a file missing a required column, and one naming a column twice', async () => {
    const file = await fx.csv('no-category.csv', [
      'ref,received_at,channel,unit_code,line,line',
      'M1,2013-01-05 09:30,ONLINE,GZ,AUTO,AUTO',
    ]);
    const { lines } = await fx.rejection('complaints', file);
    expect(lines).toEqual([
      `${file}:1: line: the column appears more than once in the header`,
      `${file}:1: category: required column is missing from the header`,
    ]);
  });

  test('ignores empty cells after the last heading but not an unnamed column inside the header', async () => {
    const trailing = await fx.csv('trailing.csv', [
      `${COMPLAINT_HEADER},,`,
      'E1,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,,',
    ]);
    await expect(fx.run('complaints', trailing)).resolves.toMatchObject({ inserted: 1 });
    const inside = await fx.csv('gap.csv', [
      'ref,received_at,,channel,unit_code,line,category',
      'E2,2013-01-05 09:30,,ONLINE,GZ,AUTO,CLAIMS',
    ]);
    const { lines } = await fx.rejection('complaints', inside);
    expect(lines).toEqual([`${inside}:1: column 3: the header cell is empty; every column needs a name`]);
  });

  test('refuses a file that is not a workbook though named .xlsx', async () => {
    const file = await fx.csv('fake.xlsx', [COMPLAINT_HEADER]);
    const { lines } = await fx.rejection('complaints', file);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file}:1: \\(file\\): the workbook cannot be read here: `));
  });

  test('rejects an empty file', async () => {
    const file = await fx.csv('empty.csv', []);
    const { lines } = await fx.rejection('premiums', file);
    expect(lines).toEqual([`${file}:1: (file): the file is empty; expected a header row`]);
  });

  test('imports a file with only a header as zero rows', async () => {
    const file = await fx.csv('header-only.csv', [COMPLAINT_HEADER]);
    await expect(fx.run('complaints', file)).resolves.toMatchObject({ rows: 0, inserted: 0, updated: 0, unchanged: 0 });
  });
});

describe('cells', () => {
  test('reads a timestamp without an offset as Shanghai time, and one with Z or an offset as that instant', async () => {
    const file = await fx.csv('instants.csv', [
      COMPLAINT_HEADER,
      'T1,2013-01-05 09:30:00,ONLINE,GZ,AUTO,CLAIMS',
      'T2,2012-12-31T17:30:00Z,ONLINE,GZ,AUTO,CLAIMS',
      'T3,2013-01-05T09:30:00.250+08:00,ONLINE,GZ,AUTO,CLAIMS',
    ]);
    await fx.run('complaints', file);
    expect(await complaint('T1')).toMatchObject({ received_at: new Date('2013-01-05T01:30:00Z') });
    // DOMAIN.md's example: 17:30 UTC on New Year's Eve is 01:30 on 1 January in Shanghai, so it belongs to 2013.
    expect(await complaint('T2')).toMatchObject({
      received_at: new Date('2012-12-31T17:30:00Z'),
      received_date: '2013-01-01',
    });
    expect(await complaint('T3')).toMatchObject({ received_at: new Date('2013-01-05T01:30:00.250Z') });
  });

  test('computes an empty due_at by the rule in force (COMPANY_STD: 10 working days), make-up days counted', async () => {
    const file = await fx.csv('deadlines.csv', [
      `${COMPLAINT_HEADER},due_at`,
      'D1,2013-01-05T09:30+08:00,ONLINE,GZ,AUTO,CLAIMS,',
      'D2,2013-01-05T17:30:00Z,ONLINE,GZ,AUTO,CLAIMS,',
      'D3,2013-01-05T09:30+08:00,ONLINE,GZ,AUTO,CLAIMS,2013-02-04 23:59:59',
    ]);
    await fx.run('complaints', file);
    // Saturday 5 and Sunday 6 January 2013 were make-up working days: from the 5th, the 6th is day 1,
    // 7–11 are 2–6, 14–17 are 7–10.
    const rule = { due_source: 'DEFAULT', rule_set_code: 'COMPANY_STD', rule_set_version: 1, calendar_version: 1 };
    expect(await complaint('D1')).toMatchObject({ due_at: new Date('2013-01-17T23:59:59.999+08:00'), ...rule });
    // 17:30 UTC on the 5th is already the 6th in Shanghai: 7–11 are days 1–5, 14–18 are 6–10.
    expect(await complaint('D2')).toMatchObject({ due_at: new Date('2013-01-18T23:59:59.999+08:00'), ...rule });
    expect(await complaint('D3')).toMatchObject({
      due_at: new Date('2013-02-04T23:59:59+08:00'),
      due_source: 'EXPLICIT',
      calendar_version: null,
    });
  });

  test('reads booleans as true/false, 1/0 and 是/否, and defaults empty ones', async () => {
    const file = await fx.csv('booleans.csv', [
      `${COMPLAINT_HEADER},policy_factor,valid,escalated`,
      'F1,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,是,否,TRUE',
      'F2,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,1,0,false',
      'F3,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,,,',
    ]);
    await fx.run('complaints', file);
    expect(await complaint('F1')).toMatchObject({ policy_factor: true, valid: false, escalated: true });
    expect(await complaint('F2')).toMatchObject({ policy_factor: true, valid: false, escalated: false });
    expect(await complaint('F3')).toMatchObject({ policy_factor: false, valid: true, escalated: false });
  });

  test('keeps line breaks and quotes inside quoted cells, with CRLF line endings', async () => {
    const file = path.join(fx.dir, 'crlf.csv');
    await writeFile(
      file,
      [`${COMPLAINT_HEADER},summary`, 'Q1,2013-01-05 09:30,ONLINE,GZ,AUTO,CLAIMS,"第一行\r\n""第二行"",\\N"', ''].join(
        '\r\n',
      ),
    );
    await fx.run('complaints', file);
    expect(await complaint('Q1')).toMatchObject({ summary: '第一行\r\n"第二行",\\N' });
  });
});
