import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv, toXlsx, type ExportColumn } from './table-export';

interface Row {
  name: string;
  rank: number | null;
  rate: number | null;
}

const columns: ExportColumn<Row>[] = [
  { header: '机构', value: (row) => row.name },
  { header: '排名', value: (row) => row.rank },
  { header: '投诉处理及时率', value: (row) => row.rate, numFmt: '0.00%' },
];
const rows: Row[] = [
  { name: '广州市分公司', rank: 3, rate: 0.7871 },
  { name: 'Shenzhen, "SZ"', rank: null, rate: null },
];

describe('toCsv', () => {
  it('writes Chinese headers, numbers unformatted, empty cells for missing values and RFC 4180 quoting', () => {
    expect(toCsv(columns, rows)).toBe('机构,排名,投诉处理及时率\r\n广州市分公司,3,0.7871\r\n"Shenzhen, ""SZ""",,\r\n');
  });
});

describe('toXlsx', () => {
  it('writes Chinese headers and numbers as numbers, with the rate’s percent format', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsx('排名', columns, rows));
    const sheet = workbook.getWorksheet('排名')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '机构', '排名', '投诉处理及时率']);
    expect(sheet.getCell('B2').value).toBe(3);
    expect(sheet.getCell('C2').value).toBe(0.7871);
    expect(sheet.getCell('C2').numFmt).toBe('0.00%');
    expect(sheet.getCell('B3').value).toBeNull();
  });
});

describe('exportFileName', () => {
  it('keeps Chinese and replaces characters Windows refuses', () => {
    expect(exportFileName(['亿元保费投诉量 排名', '2013-01-01', '2013-07-31'], 'csv')).toBe(
      '亿元保费投诉量_排名_2013-01-01_2013-07-31.csv',
    );
    expect(exportFileName(['a/b:c'], 'xlsx')).toBe('a_b_c.xlsx');
  });
});
