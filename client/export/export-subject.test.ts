import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { exportFileName } from './table-export';
import { describeExport, type ExportSubject } from './export-subject';

const t = i18n.t.bind(i18n);

// The ranking: per 100 million yuan, Jan–Jul 2013, provinces.
const ranking: ExportSubject = {
  what: '机构排名',
  unit: '省级分公司',
  metric: '亿元保费投诉量',
  period: '2013年1月1日至2013年7月31日',
  dates: ['2013-01-01', '2013-07-31'],
  basis: '考核口径',
  filter: '',
  asOf: '不适用（指标与时点无关）',
};

describe('describeExport', () => {
  it('names the file after what, the metric, the basis and the dates, so the assessed and the unfiltered ranking differ', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(exportFileName(describeExport(ranking, t).fileName, 'csv')).toBe(
      '机构排名_亿元保费投诉量_考核口径_2013-01-01_2013-07-31.csv',
    );
    expect(exportFileName(describeExport({ ...ranking, basis: '全部投诉' }, t).fileName, 'csv')).toBe(
      '机构排名_亿元保费投诉量_全部投诉_2013-01-01_2013-07-31.csv',
    );
  });

  it('puts the unit’s code first and the filter before the basis', () => {
    const list = {
      ...ranking,
      what: '投诉清单',
      unit: '天河支公司（GZ-TIANHE）',
      unitCode: 'GZ-TIANHE',
      metric: undefined,
      filter: '95518 热线、信访',
    };
    expect(exportFileName(describeExport(list, t).fileName, 'xlsx')).toBe(
      'GZ-TIANHE_投诉清单_95518_热线、信访_考核口径_2013-01-01_2013-07-31.xlsx',
    );
  });

  it('writes the header block: what, unit, metric, period, basis, filter (or none), asOf', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(describeExport(ranking, t).header).toEqual([
      ['内容', '机构排名'],
      ['机构', '省级分公司'],
      ['指标', '亿元保费投诉量'],
      ['统计期间', '2013年1月1日至2013年7月31日'],
      ['口径', '考核口径'],
      ['筛选条件', '无（全部渠道、险种、类别）'],
      ['状态时点（asOf）', '不适用（指标与时点无关）'],
    ]);
    expect(describeExport({ ...ranking, basis: null }, t).header[4]).toEqual(['口径', '不适用（不计投诉）']);
  });
});
