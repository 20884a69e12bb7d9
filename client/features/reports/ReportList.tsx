import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reportPath } from '../../app/routes';
import { formatInstant, formatPeriod } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ReportList_ReportFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { localized } from './localized';

// The reports the viewer may see, in the server's order (newest first): what, for whom, which
// period, whether submitted, and the latest version's submission.
export const ReportList_report = graphql(`
  fragment ReportList_report on Report {
    id
    template
    unit {
      code
      name {
        zh
        en
      }
    }
    from
    to
    status
    createdAt
    latest {
      version
      submittedBy
      submittedAt
    }
  }
`);

type Report = ReportList_ReportFragment;

export function ReportList({ reports: masked }: { reports: readonly FragmentType<typeof ReportList_report>[] }) {
  const reports = getFragmentData(ReportList_report, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table<Report>
      size="small"
      rowKey="id"
      pagination={reports.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      dataSource={[...reports]}
      columns={[
        {
          key: 'template',
          title: t('reports.template'),
          render: (_, r) => <Link to={reportPath(r.id)}>{t(`reports.templateName.${r.template}`)}</Link>,
        },
        { key: 'unit', title: t('reports.unit'), render: (_, r) => localized(r.unit.name, language) },
        { key: 'period', title: t('reports.period'), render: (_, r) => formatPeriod(r, language) },
        {
          key: 'status',
          title: t('reports.status'),
          render: (_, r) => (
            <Tag color={r.status === 'SUBMITTED' ? 'green' : 'orange'}>{t(`reports.statusName.${r.status}`)}</Tag>
          ),
        },
        {
          key: 'latest',
          title: t('reports.latestVersion'),
          render: (_, r) => (r.latest ? t('reports.version', { version: r.latest.version }) : t('reports.none')),
        },
        {
          key: 'submittedBy',
          title: t('reports.submittedBy'),
          render: (_, r) => r.latest?.submittedBy ?? t('reports.none'),
        },
        { key: 'submittedAt', title: t('reports.submittedAt'), render: (_, r) => formatInstant(r.latest?.submittedAt) },
      ]}
    />
  );
}
