import { describe, expect, it } from 'vitest';
import { byNumber, byText, pinnedLast, sortRows } from './table-sort';

interface Row {
  name: string;
  value: number | null;
  reference?: boolean;
}
const rows: Row[] = [
  { name: '广州市分公司', value: 28.86 },
  { name: '北京分公司', value: null },
  { name: '深圳市分公司', value: 31.2 },
  { name: '安徽分公司', value: 12.5 },
  { name: 'Zhuhai', value: 3 },
];
const names = (list: Row[]) => list.map((row) => row.name);

describe('sorting table columns', () => {
  it('orders numbers by value and puts a row without one last, in both directions', () => {
    const compare = byNumber<Row>((row) => row.value);
    expect(names(sortRows(rows, compare, 'ascend'))).toEqual([
      'Zhuhai',
      '安徽分公司',
      '广州市分公司',
      '深圳市分公司',
      '北京分公司',
    ]);
    expect(names(sortRows(rows, compare, 'descend'))).toEqual([
      '深圳市分公司',
      '广州市分公司',
      '安徽分公司',
      'Zhuhai',
      '北京分公司',
    ]);
  });

  it('orders names by pinyin (an 安, bei 北, guang 广, shen 深), Latin letters among them (Zhuhai at z)', () => {
    const compare = byText<Row>((row) => row.name);
    expect(names(sortRows(rows, compare, 'ascend'))).toEqual([
      '安徽分公司',
      '北京分公司',
      '广州市分公司',
      '深圳市分公司',
      'Zhuhai',
    ]);
    expect(names(sortRows(rows, compare, 'descend'))).toEqual([
      'Zhuhai',
      '深圳市分公司',
      '广州市分公司',
      '北京分公司',
      '安徽分公司',
    ]);
  });

  it('keeps reference rows under the others, in their own order, whichever the direction', () => {
    const withReferences: Row[] = [
      ...rows.slice(0, 3),
      { name: '全公司', value: 20, reference: true },
      { name: '平均值', value: 1, reference: true },
    ];
    const compare = pinnedLast<Row>(
      (row) => !!row.reference,
      byNumber((row) => row.value),
    );
    expect(names(sortRows(withReferences, compare, 'ascend'))).toEqual([
      '广州市分公司',
      '深圳市分公司',
      '北京分公司',
      '全公司',
      '平均值',
    ]);
    expect(names(sortRows(withReferences, compare, 'descend'))).toEqual([
      '深圳市分公司',
      '广州市分公司',
      '北京分公司',
      '全公司',
      '平均值',
    ]);
  });
});
