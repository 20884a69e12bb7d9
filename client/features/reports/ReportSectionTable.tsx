import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatReportCell } from '../../format/report-value';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ReportSectionTable_SectionFragment, ReportValueFormat, ReportVerdict } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { localized } from './localized';
import { ReportChartView } from './ReportChartView';
import { recordsHref } from './records-link';

// One section of a report: its title, the table with every cell formatted by its column's format
// (the report's own unit bold), the chart when the section has one, and its note. A change or a
// movement reads with its verdict by the metric's direction (改善 green, 恶化 red, 持平), the sign
// kept; a count or a ratio whose complaints the reader may list links to them on the records page.
export const ReportSectionTable_section = graphql(`
  fragment ReportSectionTable_section on ReportSection {
    key
    title {
      zh
      en
    }
    columns {
      key
      label {
        zh
        en
      }
      format
    }
    rows {
      cells {
        number
        text
        textEn
        verdict
        records {
          unit
          at
          from
          to
          metric
          assessedOnly
          channels
          lines
          categories
        }
      }
      highlight
    }
    chart {
      ...ReportChartView_chart
    }
    note {
      zh
      en
    }
  }
`);

// Rows have no identity of their own; their place in the section is their key.
type Row = ReportSectionTable_SectionFragment['rows'][number] & { key: number };
type Cell = Row['cells'][number];

const EMPTY: Cell = { number: null, text: null, textEn: null, verdict: null, records: null };

const VERDICT_TYPE: Record<ReportVerdict, 'success' | 'danger' | undefined> = {
  IMPROVED: 'success',
  WORSE: 'danger',
  UNCHANGED: undefined,
};

export interface ReportSectionTableProps {
  section: FragmentType<typeof ReportSectionTable_section>;
  /** The content's asOf: a cell's records are listed as of it. */
  asOf: string;
}

export function ReportSectionTable({ section: masked, asOf }: ReportSectionTableProps) {
  const section = getFragmentData(ReportSectionTable_section, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const title = localized(section.title, language);
  // A table of words (the glossary) wraps its long texts, its short ones (a name, a direction) kept
  // on one line; a table of figures scrolls sideways instead.
  const prose = section.columns.every((column) => column.format === 'TEXT');
  const short = section.columns.map((_, index) =>
    section.rows.every((row) => formatReportCell(row.cells[index] ?? EMPTY, 'TEXT', language).length <= 8),
  );

  const cellView = (cell: Cell, format: ReportValueFormat) => {
    let text = formatReportCell(cell, format, language);
    if (cell.verdict) {
      const signed = cell.number != null && cell.number > 0 && !text.startsWith('+') ? `+${text}` : text;
      text = `${signed} ${t(`reportContent.verdict.${cell.verdict}`)}`;
      return <Typography.Text type={VERDICT_TYPE[cell.verdict]}>{text}</Typography.Text>;
    }
    if (cell.records) {
      return (
        <Link to={recordsHref(cell.records, asOf)} title={t('reportContent.records')} className="crp-report-records">
          {text}
        </Link>
      );
    }
    return text;
  };

  return (
    <section className="crp-report-section" aria-label={title}>
      <Flex vertical gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Table<Row>
          size="small"
          bordered
          pagination={false}
          scroll={prose ? undefined : { x: 'max-content' }}
          rowKey="key"
          dataSource={section.rows.map((row, key) => ({ ...row, key }))}
          rowClassName={(row) => (row.highlight ? 'crp-report-row-highlight' : '')}
          columns={section.columns.map((column, index) => ({
            key: column.key,
            title: localized(column.label, language),
            // The first column names the row; figures line up on the right.
            align: index === 0 || column.format === 'TEXT' ? 'left' : 'right',
            ...(prose && short[index] ? { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) } : {}),
            render: (_: unknown, row: Row) => cellView(row.cells[index] ?? EMPTY, column.format),
          }))}
        />
        {section.chart && <ReportChartView chart={section.chart} />}
        {section.note && <Typography.Text type="secondary">{localized(section.note, language)}</Typography.Text>}
      </Flex>
    </section>
  );
}
