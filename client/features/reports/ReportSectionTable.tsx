import { Flex, Table, Typography } from 'antd';
import { formatReportCell } from '../../format/report-value';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ReportSectionTable_SectionFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { localized } from './localized';
import { ReportChartView } from './ReportChartView';

// One section of a report: its title, the table with every cell formatted by its column's format
// (the report's own unit bold), the chart when the section has one, and its note.
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

export function ReportSectionTable({ section: masked }: { section: FragmentType<typeof ReportSectionTable_section> }) {
  const section = getFragmentData(ReportSectionTable_section, masked);
  const language = useLanguage();
  const title = localized(section.title, language);
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
          scroll={{ x: 'max-content' }}
          rowKey="key"
          dataSource={section.rows.map((row, key) => ({ ...row, key }))}
          rowClassName={(row) => (row.highlight ? 'crp-report-row-highlight' : '')}
          columns={section.columns.map((column, index) => ({
            key: column.key,
            title: localized(column.label, language),
            // The first column names the row; figures line up on the right.
            align: index === 0 || column.format === 'TEXT' ? 'left' : 'right',
            render: (_: unknown, row: Row) => formatReportCell(row.cells[index] ?? {}, column.format, language),
          }))}
        />
        {section.chart && <ReportChartView chart={section.chart} />}
        {section.note && <Typography.Text type="secondary">{localized(section.note, language)}</Typography.Text>}
      </Flex>
    </section>
  );
}
