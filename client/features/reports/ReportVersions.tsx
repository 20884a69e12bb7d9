import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ReportVersions_VersionFragment } from '../../gql/graphql';
import { DownloadLinks } from './DownloadLinks';

// Every submitted version, newest first: why it replaced the one before, who submitted it and when,
// the instant its figures were measured, a short fingerprint of the data behind it (enough to tell
// two versions apart when read aloud), the deadline rule sets and working-day calendar its figures
// were computed under (RULES.md §1, §2), and its own files.
export const ReportVersions_version = graphql(`
  fragment ReportVersions_version on ReportVersion {
    id
    version
    reason
    submittedBy
    submittedAt
    asOf
    fingerprint
    rules {
      ruleSets {
        code
        version
      }
      calendarVersion
    }
    xlsxUrl
    pdfUrl
  }
`);

type Version = ReportVersions_VersionFragment;

export function ReportVersions({
  versions: masked,
}: {
  versions: readonly FragmentType<typeof ReportVersions_version>[];
}) {
  const versions = getFragmentData(ReportVersions_version, masked);
  const { t } = useTranslation();
  return (
    <Table<Version>
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...versions]}
      columns={[
        {
          key: 'version',
          title: t('reportVersions.version'),
          render: (_, v) => t('reports.version', { version: v.version }),
        },
        {
          key: 'reason',
          title: t('reportVersions.reason'),
          render: (_, v) => v.reason ?? <Typography.Text type="secondary">{t('reportVersions.first')}</Typography.Text>,
        },
        { key: 'submittedBy', title: t('reportVersions.submittedBy'), dataIndex: 'submittedBy' },
        { key: 'submittedAt', title: t('reportVersions.submittedAt'), render: (_, v) => formatInstant(v.submittedAt) },
        { key: 'asOf', title: t('reportVersions.asOf'), render: (_, v) => formatInstant(v.asOf) },
        {
          key: 'fingerprint',
          title: t('reportVersions.fingerprint'),
          render: (_, v) => (
            <Typography.Text code title={v.fingerprint}>
              {v.fingerprint.slice(0, 12)}
            </Typography.Text>
          ),
        },
        {
          key: 'rules',
          title: t('reportVersions.rules'),
          render: (_, v) =>
            v.rules ? (
              t('reportVersions.rulesUsed', {
                ruleSets: v.rules.ruleSets
                  .map((set) => t('reportVersions.ruleSet', { code: set.code, version: set.version }))
                  .join(t('reportVersions.separator')),
                calendar: v.rules.calendarVersion,
              })
            ) : (
              <Typography.Text type="secondary">{t('reportVersions.rulesUnknown')}</Typography.Text>
            ),
        },
        {
          key: 'files',
          title: t('reportVersions.files'),
          render: (_, v) => <DownloadLinks size="small" xlsxUrl={v.xlsxUrl} pdfUrl={v.pdfUrl} />,
        },
      ]}
    />
  );
}
