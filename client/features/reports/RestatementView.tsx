import { Card, Flex, Result, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { complaintPath } from '../../app/routes';
import { formatReportChange, formatReportNumber, type ReportValueFormat } from '../../format/report-value';
import { formatInstant } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { RestatementView_VersionFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { localized } from './localized';

// The restatement check of a submitted version: its frozen figures against today's live ones. A
// difference carries no format of its own, so it reads in its column's format, looked up in the
// version's frozen content by section key and column label.
export const RestatementView_version = graphql(`
  fragment RestatementView_version on ReportVersion {
    version
    content {
      sections {
        key
        columns {
          label {
            zh
          }
          format
        }
      }
    }
    restatement {
      checkedAt
      unchanged
      differences {
        section
        sectionTitle {
          zh
          en
        }
        row
        column {
          zh
          en
        }
        frozen
        live
      }
      causes {
        kind
        count
        refs
        description {
          zh
          en
        }
      }
    }
  }
`);

type Difference = RestatementView_VersionFragment['restatement']['differences'][number];

export function RestatementView({ version: masked }: { version: FragmentType<typeof RestatementView_version> }) {
  const { version, content, restatement } = getFragmentData(RestatementView_version, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const formats = new Map(
    content.sections.flatMap((section) =>
      section.columns.map((column) => [`${section.key}\u0000${column.label.zh}`, column.format] as const),
    ),
  );
  const formatOf = (d: Difference): ReportValueFormat => formats.get(`${d.section}\u0000${d.column.zh}`) ?? 'DECIMAL';
  const intro = t('restatement.intro', { version, checkedAt: formatInstant(restatement.checkedAt) });

  if (restatement.unchanged) {
    return (
      <Result
        status="success"
        title={t('restatement.unchanged')}
        subTitle={`${t('restatement.unchangedDetail', { version })} ${intro}`}
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('restatement.changed', { count: restatement.differences.length })}
        </Typography.Title>
        <Typography.Text type="secondary">{intro}</Typography.Text>
      </div>
      <Table<Difference>
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(d) => `${d.section}/${d.row}/${d.column.zh}`}
        dataSource={restatement.differences}
        columns={[
          { key: 'section', title: t('restatement.section'), render: (_, d) => localized(d.sectionTitle, language) },
          { key: 'row', title: t('restatement.row'), dataIndex: 'row' },
          { key: 'column', title: t('restatement.column'), render: (_, d) => localized(d.column, language) },
          {
            key: 'frozen',
            title: t('restatement.frozen'),
            align: 'right',
            render: (_, d) => formatReportNumber(d.frozen, formatOf(d), language),
          },
          {
            key: 'live',
            title: t('restatement.live'),
            align: 'right',
            render: (_, d) => formatReportNumber(d.live, formatOf(d), language),
          },
          {
            key: 'change',
            title: t('restatement.change'),
            align: 'right',
            render: (_, d) =>
              formatReportChange(d.frozen == null || d.live == null ? null : d.live - d.frozen, formatOf(d), language),
          },
        ]}
      />
      {restatement.causes.length > 0 && (
        <Card size="small" title={t('restatement.causes')}>
          <Flex vertical gap={12}>
            {restatement.causes.map((cause) => (
              <Flex key={cause.kind} vertical gap={4} className="crp-restatement-cause">
                <Space wrap>
                  <Tag>{t(`restatement.cause.${cause.kind}`)}</Tag>
                  <Typography.Text>{localized(cause.description, language)}</Typography.Text>
                  {/* The count of complaints, for the causes that name complaints (the description says the others'). */}
                  {cause.refs.length > 0 && (
                    <Typography.Text type="secondary">
                      {t('restatement.causeCount', { count: cause.count })}
                    </Typography.Text>
                  )}
                </Space>
                {cause.refs.length > 0 && (
                  <Space wrap size={[12, 4]}>
                    <Typography.Text type="secondary">{t('restatement.refs')}</Typography.Text>
                    {cause.refs.map((ref) => (
                      <Link key={ref} to={complaintPath(ref)}>
                        {ref}
                      </Link>
                    ))}
                  </Space>
                )}
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
