// A file with any invalid row writes nothing and names every problem as file:line: column: message.
// Each case runs against a seeded database and checks that every table is exactly as it was.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportKind } from '../../db/import/index.js';
import { createImportFixture, seed, type ImportFixture } from './helpers.js';

let fx: ImportFixture;
let before: Record<string, string[]>;

beforeAll(async () => {
  fx = await createImportFixture();
  await seed(fx);
  before = await fx.snapshot();
});
afterAll(() => fx.close());

/** Imports `rows` as a file that must be refused; returns the file's path and the formatted issues. */
async function refuse(kind: ImportKind, name: string, rows: string[]) {
  const file = await fx.csv(name, rows);
  const { lines, total } = await fx.rejection(kind, file);
  expect(await fx.snapshot()).toEqual(before);
  return { file, lines, total };
}

const COMPLAINT_HEADER = 'ref,received_at,channel,unit_code,line,category';

describe('complaints', () => {
  test('rejects a file whose unit code is unknown and writes nothing', async () => {
    const { file, lines } = await refuse('complaints', 'unknown-unit.csv', [
      COMPLAINT_HEADER,
      'C100,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS',
      'C101,2013-02-01 10:00,HOTLINE_95518,XX9,AUTO,CLAIMS',
    ]);
    expect(lines).toEqual([`${file}:3: unit_code: unknown unit code "XX9"`]);
  });

  test('rejects a channel that is not in the list and writes nothing', async () => {
    const { file, lines } = await refuse('complaints', 'bad-channel.csv', [
      COMPLAINT_HEADER,
      'C100,2013-02-01 09:00,PHONE,GZ,AUTO,CLAIMS',
    ]);
    expect(lines).toEqual([
      `${file}:2: channel: "PHONE" is not one of HOTLINE_95518, HQ_REFERRAL, REGULATOR_REFERRAL, LETTERS_VISITS, ONSITE, ONLINE`,
    ]);
  });

  test('rejects an unparsable timestamp and writes nothing', async () => {
    const { file, lines } = await refuse('complaints', 'bad-timestamp.csv', [
      COMPLAINT_HEADER,
      'C100,2013-02-30 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS',
      'C101,yesterday,HOTLINE_95518,GZ,AUTO,CLAIMS',
    ]);
    const expected = 'is not a timestamp; expected ISO 8601 such as 2013-01-05T09:30:00+08:00 or 2013-01-05 09:30:00';
    expect(lines).toEqual([
      `${file}:2: received_at: "2013-02-30 09:00" ${expected}`,
      `${file}:3: received_at: "yesterday" ${expected}`,
    ]);
  });

  test('rejects a complaint closed before it was received and writes nothing', async () => {
    const { file, lines } = await refuse('complaints', 'closed-early.csv', [
      `${COMPLAINT_HEADER},closed_at`,
      'C100,2013-02-01T09:00:00+08:00,HOTLINE_95518,GZ,AUTO,CLAIMS,2013-02-01T08:59:00+08:00',
    ]);
    expect(lines).toEqual([
      `${file}:2: closed_at: "2013-02-01T08:59:00+08:00" is before received_at "2013-02-01T09:00:00+08:00"`,
    ]);
  });

  test('rejects a ref that appears twice in one file and writes nothing', async () => {
    const { file, lines } = await refuse('complaints', 'twice.csv', [
      COMPLAINT_HEADER,
      'C100,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS',
      'C101,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS',
      'C100,2013-02-02 09:00,ONLINE,SZ,AUTO,SERVICE',
    ]);
    expect(lines).toEqual([`${file}:4: ref: "C100" appears more than once in the file (first at line 2)`]);
  });

  test('rejects a duplicate_of that names no complaint, stored or in the file, and writes nothing', async () => {
    const { file, lines } = await refuse('complaints', 'orphan-repeat.csv', [
      `${COMPLAINT_HEADER},duplicate_of`,
      'C100,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,C001',
      'C101,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,C100',
      'C102,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,C999',
    ]);
    expect(lines).toEqual([`${file}:4: duplicate_of: no complaint has ref "C999" (neither stored nor in this file)`]);
  });

  test('rejects a complaint that names itself as the one it repeats', async () => {
    const { file, lines } = await refuse('complaints', 'self-repeat.csv', [
      `${COMPLAINT_HEADER},duplicate_of`,
      'C100,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,C100',
    ]);
    expect(lines).toEqual([`${file}:2: duplicate_of: a complaint cannot repeat itself ("C100")`]);
  });

  test('rejects a row whose required cell is empty, and one with values beyond the header', async () => {
    const { file, lines } = await refuse('complaints', 'ragged.csv', [
      COMPLAINT_HEADER,
      'C100,2013-02-01 09:00,HOTLINE_95518,,AUTO,CLAIMS',
      'C101,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,surplus',
    ]);
    expect(lines).toEqual([
      `${file}:2: unit_code: a value is required but the cell is empty`,
      `${file}:3: (row): the row has values beyond the 6 columns the header names`,
    ]);
  });

  test('lists every problem of a file in line order, several to a row', async () => {
    const { file, lines, total } = await refuse('complaints', 'many.csv', [
      `${COMPLAINT_HEADER},escalated`,
      'C100,2013-02-01 09:00,HOTLINE_95518,XX9,CAR,CLAIMS,maybe',
      'C101,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,',
      'C100,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,COMPLAINT,1',
    ]);
    expect(lines).toEqual([
      `${file}:2: line: "CAR" is not one of AUTO, NON_AUTO, ACCIDENT_HEALTH`,
      `${file}:2: escalated: "maybe" is not a boolean; expected true, false, 1, 0, 是 or 否`,
      `${file}:2: unit_code: unknown unit code "XX9"`,
      `${file}:4: category: "COMPLAINT" is not one of CLAIMS, SALES, UNDERWRITING, SURRENDER, SERVICE, OTHER`,
      `${file}:4: ref: "C100" appears more than once in the file (first at line 2)`,
    ]);
    expect(total).toBe(5);
  });

  test('keeps the first 100 problems and counts them all', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `C${500 + i},2013-02-01 09:00,HOTLINE_95518,NOPE,AUTO,CLAIMS`);
    const file = await fx.csv('hundreds.csv', [COMPLAINT_HEADER, ...rows]);
    const error = await fx.run('complaints', file).catch((rejected: unknown) => rejected);
    expect(error).toMatchObject({ totalIssues: 150, message: '150 errors (the first 100 shown); nothing was written' });
    const { lines } = await fx.rejection('complaints', file);
    expect(lines).toHaveLength(100);
    expect(lines[0]).toBe(`${file}:2: unit_code: unknown unit code "NOPE"`);
    expect(lines[99]).toBe(`${file}:101: unit_code: unknown unit code "NOPE"`);
    expect(await fx.snapshot()).toEqual(before);
  });

  test('reports physical line numbers when a quoted cell spans lines', async () => {
    const { file, lines } = await refuse('complaints', 'multiline.csv', [
      `${COMPLAINT_HEADER},summary`,
      'C100,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,"第一行',
      '第二行"',
      'C101,2013-02-01 09:00,HOTLINE_95518,XX9,AUTO,CLAIMS,',
    ]);
    expect(lines).toEqual([`${file}:4: unit_code: unknown unit code "XX9"`]);
  });

  test('rejects a quoted cell that is never closed', async () => {
    const { file, lines } = await refuse('complaints', 'open-quote.csv', [
      `${COMPLAINT_HEADER},summary`,
      'C100,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,ok',
      'C101,2013-02-01 09:00,HOTLINE_95518,GZ,AUTO,CLAIMS,"never closed',
    ]);
    expect(lines).toEqual([`${file}:3: (file): a quoted cell starting here is never closed (a missing " )`]);
  });
});

describe('premiums', () => {
  test('rejects a negative premium and negative policies and writes nothing', async () => {
    const { file, lines } = await refuse('premiums', 'negative.csv', [
      'unit_code,month,line,premium_yuan,policies',
      'GZ,2013-02,AUTO,-100.00,3',
      'SZ,2013-02,AUTO,100.00,-3',
    ]);
    expect(lines).toEqual([
      `${file}:2: premium_yuan: "-100.00" must not be negative`,
      `${file}:3: policies: "-3" must not be negative`,
    ]);
  });

  test('rejects a month that is not YYYY-MM and writes nothing', async () => {
    const { file, lines } = await refuse('premiums', 'bad-month.csv', [
      'unit_code,month,line,premium_yuan,policies',
      'GZ,2013-2,AUTO,100,3',
      'GZ,2013-02-01,AUTO,100,3',
      'GZ,2013-13,AUTO,100,3',
    ]);
    expect(lines).toEqual([
      `${file}:2: month: "2013-2" is not a month; expected YYYY-MM`,
      `${file}:3: month: "2013-02-01" is not a month; expected YYYY-MM`,
      `${file}:4: month: "2013-13" is not a month; expected YYYY-MM`,
    ]);
  });

  test('rejects a unit, month and line twice in one file and writes nothing', async () => {
    const { file, lines } = await refuse('premiums', 'premium-twice.csv', [
      'line,unit_code,month,premium_yuan,policies',
      'AUTO,GZ,2013-02,100,3',
      'NON_AUTO,GZ,2013-02,100,3',
      'AUTO,GZ,2013-02,200,4',
    ]);
    expect(lines).toEqual([
      `${file}:4: unit_code+month+line: "GZ" 2013-02 AUTO appears more than once in the file (first at line 2)`,
    ]);
  });

  test('rejects a premium of an unknown unit and an amount with three decimals', async () => {
    const { file, lines } = await refuse('premiums', 'premium-bad.csv', [
      'unit_code,month,line,premium_yuan,policies',
      'XX9,2013-02,AUTO,100,3',
      'GZ,2013-03,AUTO,100.125,3',
    ]);
    expect(lines).toEqual([
      `${file}:2: unit_code: unknown unit code "XX9"`,
      `${file}:3: premium_yuan: "100.125" has more than 2 decimal places`,
    ]);
  });
});

describe('activities', () => {
  test('rejects a negative count, an unparsable date and an unknown kind, and writes nothing', async () => {
    const { file, lines } = await refuse('activities', 'bad-activity.csv', [
      'unit_code,date,kind,count,note',
      'GZ,2013-02-01,TRAINING,-2,',
      'GZ,2013/02/01,TRAINING,2,',
      'GZ,2013-02-01,PARTY,2,',
    ]);
    expect(lines).toEqual([
      `${file}:2: count: "-2" must not be negative`,
      `${file}:3: date: "2013/02/01" is not a date; expected YYYY-MM-DD`,
      `${file}:4: kind: "PARTY" is not one of ONLINE_DUTY, ONSITE_RECEPTION, TRAINING`,
    ]);
  });

  test('rejects a unit, date and kind twice in one file', async () => {
    const { file, lines } = await refuse('activities', 'activity-twice.csv', [
      'unit_code,date,kind,count',
      'GZ,2013-02-01,TRAINING,2',
      'GZ,2013-02-01,TRAINING,3',
    ]);
    expect(lines).toEqual([
      `${file}:3: unit_code+date+kind: "GZ" 2013-02-01 TRAINING appears more than once in the file (first at line 2)`,
    ]);
  });
});

describe('followups', () => {
  test('rejects a follow-up of an unknown complaint and writes nothing', async () => {
    const { file, lines } = await refuse('followups', 'unknown-complaint.csv', [
      'complaint_ref,visited_at,satisfied',
      'C001,2013-01-12 10:00,否',
      'C999,2013-01-12 10:00,是',
    ]);
    expect(lines).toEqual([`${file}:3: complaint_ref: no complaint has ref "C999"`]);
  });

  test('rejects the same visit twice, however its time is written', async () => {
    const { file, lines } = await refuse('followups', 'visit-twice.csv', [
      'complaint_ref,visited_at,satisfied',
      'C001,2013-01-12 10:00,true',
      'C001,2013-01-12T02:00:00Z,false',
    ]);
    expect(lines).toEqual([
      `${file}:3: complaint_ref+visited_at: "C001" 2013-01-12 10:00:00 appears more than once in the file (first at line 2)`,
    ]);
  });

  test('rejects a missing satisfied value', async () => {
    const { file, lines } = await refuse('followups', 'no-answer.csv', [
      'complaint_ref,visited_at,satisfied',
      'C001,2013-01-12 10:00,',
    ]);
    expect(lines).toEqual([`${file}:2: satisfied: a value is required but the cell is empty`]);
  });
});
