// Cell parsing and encoding detection, without a database.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { encodingOf } from '../../db/import/detect-encoding.js';
import { cellText } from '../../db/import/read-xlsx.js';
import { Invalid, parseAmount, parseCount, parseDate, parseTimestamp } from '../../db/import/values.js';

describe('encoding detection', () => {
  const chinese = Buffer.from('code,name_zh\nGZ,广州分公司\n', 'utf8');

  test('takes a byte-order mark as UTF-8', () => {
    expect(encodingOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), chinese]), true)).toBe('utf8');
  });

  test('takes strictly valid UTF-8 as UTF-8 and anything else as GB18030', () => {
    expect(encodingOf(chinese, true)).toBe('utf8');
    expect(encodingOf(iconv.encode('code,name_zh\nGZ,广州分公司\n', 'gb18030'), true)).toBe('gb18030');
  });

  test('refuses UTF-16, which would otherwise read as GB18030 nonsense', () => {
    expect(() => encodingOf(Buffer.from('\uFEFFcode', 'utf16le'), true)).toThrow(
      'the file is UTF-16 text; save it as CSV in UTF-8 or GB18030',
    );
  });

  test('forgives a character cut at the end of a sample, but not at the end of a whole file', () => {
    const cut = chinese.subarray(0, chinese.indexOf(Buffer.from('州')) + 1);
    expect(encodingOf(cut, false)).toBe('utf8');
    expect(encodingOf(cut, true)).toBe('gb18030');
  });
});

describe('timestamps', () => {
  test('reads Shanghai wall-clock time without an offset, and the instant with one', () => {
    expect(parseTimestamp('2013-01-05 09:30')).toBe(Date.parse('2013-01-05T01:30:00Z'));
    expect(parseTimestamp('2013-01-05T09:30:00')).toBe(Date.parse('2013-01-05T01:30:00Z'));
    expect(parseTimestamp('2013-01-05')).toBe(Date.parse('2013-01-04T16:00:00Z'));
    expect(parseTimestamp('2013-01-05T09:30:00Z')).toBe(Date.parse('2013-01-05T09:30:00Z'));
    expect(parseTimestamp('2013-01-05T09:30:00.5-0330')).toBe(Date.parse('2013-01-05T13:00:00.500Z'));
    expect(parseTimestamp('2013-01-05 09:30:00+08')).toBe(Date.parse('2013-01-05T01:30:00Z'));
  });

  test('refuses impossible dates and times and other formats', () => {
    for (const text of [
      '2013-02-29 10:00',
      '2013-01-05 24:00',
      '2013-01-05 09:60',
      '05/01/2013 09:30',
      '2013-01-05Z',
      'now',
    ]) {
      expect(parseTimestamp(text)).toBeInstanceOf(Invalid);
    }
    expect(parseTimestamp('2012-02-29 10:00')).toBe(Date.parse('2012-02-29T02:00:00Z'));
  });
});

describe('numbers and dates', () => {
  test('reads amounts with up to two decimals and refuses the rest', () => {
    expect(parseAmount('1200000.50')).toBe('1200000.50');
    expect(parseAmount('-0.00')).toBe('0.00');
    expect(parseAmount('1,200')).toEqual(new Invalid('"1,200" is not a number'));
    expect(parseAmount('12345678901234567')).toEqual(new Invalid('"12345678901234567" is too large'));
  });

  test('reads counts as non-negative whole numbers', () => {
    expect(parseCount('300')).toBe(300);
    expect(parseCount('2.5')).toEqual(new Invalid('"2.5" is not a whole number'));
    expect(parseCount('3000000000')).toEqual(new Invalid('"3000000000" is too large'));
  });

  test('reads dates only as YYYY-MM-DD on real days', () => {
    expect(parseDate('2013-01-31')).toBe('2013-01-31');
    expect(parseDate('2013-04-31')).toBeInstanceOf(Invalid);
  });
});

describe('xlsx cells', () => {
  test('shows cells as the text the parsers read', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(new Date(Date.UTC(2013, 0, 5)))).toBe('2013-01-05');
    expect(cellText(new Date(Date.UTC(2013, 0, 5, 9, 30)))).toBe('2013-01-05T09:30:00');
    expect(cellText({ richText: [{ text: '广' }, { text: '州' }] })).toBe('广州');
    expect(cellText({ formula: 'A1*2', result: 42 })).toBe('42');
    expect(cellText(null)).toBe('');
  });
});
