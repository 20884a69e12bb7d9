import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

interface Tree {
  [key: string]: string | Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  const zh = flatten(zhCN);
  const english = flatten(en);

  it('has the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('has no empty message', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of zh) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('names every unit level and kind in both languages', () => {
    for (const level of ['HQ', 'PROVINCE', 'CITY', 'COUNTY']) {
      expect(zh.get(`level.${level}`)).toBeTruthy();
      expect(english.get(`level.${level}`)).toBeTruthy();
    }
    expect(zhCN.level.HQ).toBe('总公司');
    expect(zhCN.level.PROVINCE).toBe('省级分公司');
    expect(zhCN.level.CITY).toBe('地市分公司');
    expect(zhCN.level.COUNTY).toBe('县支公司');
    expect(Object.keys(en.kind).sort()).toEqual(['BRANCH', 'DEPARTMENT']);
  });
});
