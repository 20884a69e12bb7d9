import { Descriptions, Flex, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { reportsPath } from '../app/routes';
import { useViewState } from '../app/url-state/use-view-state';
import { reportViewSchema } from '../app/url-state/views';
import { can, homePath, useViewer } from '../app/viewer';
import { errorCode } from '../components/error-code';
import { InvalidParams } from '../components/InvalidParams';
import { QueryFailure } from '../components/QueryFailure';
import { formatInstant, formatPeriod } from '../format/shanghai-date';
import { DownloadLinks, localized, ReportContentView, ReportVersions, RestatementView } from '../features/reports';
import { NoAccess } from '../features/units';
import { graphql } from '../gql';
import { useLanguage } from '../i18n';
import { DraftActions } from './report/DraftActions';
import { SubmitActions } from './report/SubmitActions';

// /reports/:id — one report: its parameters and status, its content (a draft's live figures, or the
// latest submitted version frozen), editing and deleting a draft, submitting and correcting, every
// version with its files, and the restatement check. The regulator reads submitted versions only: the live parts are not even asked
// for ($drafts false), since the server refuses them to it.

const ReportPageQuery = graphql(`
  query ReportPage($id: ID!, $drafts: Boolean!) {
    report(id: $id) {
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
      comparison
      status
      createdBy
      createdAt
      draftXlsxUrl @include(if: $drafts)
      draftPdfUrl @include(if: $drafts)
      versions {
        ...ReportVersions_version
      }
      latest {
        id
        version
        xlsxUrl
        pdfUrl
        content {
          ...ReportContentView_content
        }
      }
    }
  }
`);

const ReportLiveQuery = graphql(`
  query ReportLive($id: ID!) {
    report(id: $id) {
      id
      live {
        ...ReportContentView_content
      }
    }
  }
`);

const ReportRestatementQuery = graphql(`
  query ReportRestatement($id: ID!) {
    report(id: $id) {
      id
      latest {
        id
        ...RestatementView_version
      }
    }
  }
`);

export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const drafts = can(viewer, 'reportDrafts');
  const { state, invalid, update } = useViewState(reportViewSchema);
  const [result, reload] = useQuery({ query: ReportPageQuery, variables: { id, drafts } });
  const report = result.data?.report;
  const isDraft = report?.status === 'DRAFT';
  // Live figures are recomputed on every visit: a draft is never shown from a stale cache.
  const [live, reloadLive] = useQuery({
    query: ReportLiveQuery,
    variables: { id },
    pause: !drafts || !isDraft,
    requestPolicy: 'cache-and-network',
  });
  const checking = drafts && !!report?.latest && state.tab === 'restatement';
  const [restatement, reloadRestatement] = useQuery({
    query: ReportRestatementQuery,
    variables: { id },
    pause: !checking,
    requestPolicy: 'network-only',
  });

  if (result.fetching && !report) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (result.error && errorCode(result.error) === 'NOT_FOUND') {
    return (
      <Result
        status="warning"
        title={t('report.notFound')}
        subTitle={t('report.notFoundDetail', { id })}
        extra={<Link to={reportsPath()}>{t('report.back')}</Link>}
      />
    );
  }
  if (result.error && errorCode(result.error) === 'FORBIDDEN') return <NoAccess homeHref={homePath(viewer)} />;
  if (result.error)
    return <QueryFailure error={result.error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!report) return null;

  const latest = report.latest;
  const unit = localized(report.unit.name, language);
  const template = t(`reports.templateName.${report.template}`);
  const refresh = () => {
    reload({ requestPolicy: 'network-only' });
    if (latest) reloadRestatement({ requestPolicy: 'network-only' });
  };
  const retry = (run: typeof reloadLive) => () => run({ requestPolicy: 'network-only' });

  const content = isDraft ? (
    live.error ? (
      <QueryFailure error={live.error} onRetry={retry(reloadLive)} />
    ) : live.data ? (
      <ReportContentView content={live.data.report.live} version={null} />
    ) : (
      <Skeleton active paragraph={{ rows: 14 }} />
    )
  ) : latest ? (
    <ReportContentView content={latest.content} version={latest.version} />
  ) : null;

  const tabs = [
    { key: 'content', label: t('report.tabContent'), children: content },
    {
      key: 'versions',
      label: `${t('report.tabVersions')} (${report.versions.length})`,
      children: <ReportVersions versions={report.versions} />,
    },
    ...(drafts && latest
      ? [
          {
            key: 'restatement',
            label: t('report.tabRestatement'),
            children: restatement.error ? (
              <QueryFailure error={restatement.error} onRetry={retry(reloadRestatement)} />
            ) : restatement.data?.report.latest && !restatement.fetching ? (
              <RestatementView version={restatement.data.report.latest} />
            ) : (
              <Skeleton active paragraph={{ rows: 8 }} />
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div>
          <Link to={reportsPath()} className="crp-no-print">
            {t('report.back')}
          </Link>
          <Flex align="center" gap={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('report.title', { template, unit })}
            </Typography.Title>
            <Tag color={isDraft ? 'orange' : 'green'}>{t(`reports.statusName.${report.status}`)}</Tag>
            {latest && <Tag>{t('reports.version', { version: latest.version })}</Tag>}
          </Flex>
        </div>
        <Space wrap className="crp-no-print">
          {drafts && isDraft && <DraftActions report={report} title={t('report.title', { template, unit })} />}
          {drafts && (isDraft || latest) && (
            <SubmitActions reportId={report.id} nextVersion={(latest?.version ?? 0) + 1} onSubmitted={refresh} />
          )}
        </Space>
      </Flex>
      <InvalidParams invalid={invalid} />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        title={t('report.parameters')}
        items={[
          { key: 'template', label: t('reports.template'), children: template },
          {
            key: 'unit',
            label: report.template === 'REGULATOR' ? t('reports.jurisdiction') : t('reports.unit'),
            children: language === 'en' ? `${unit} (${report.unit.code})` : `${unit}（${report.unit.code}）`,
          },
          { key: 'period', label: t('reports.period'), children: formatPeriod(report, language) },
          {
            key: 'comparison',
            label: t('reports.comparison'),
            children: t(`reports.comparisonName.${report.comparison}`),
          },
          {
            key: 'created',
            label: t('reports.createdBy'),
            children: `${report.createdBy} · ${formatInstant(report.createdAt)}`,
          },
          {
            key: 'download',
            label: isDraft ? t('report.downloadDraft') : t('report.download'),
            children:
              isDraft && report.draftXlsxUrl && report.draftPdfUrl ? (
                <DownloadLinks size="small" xlsxUrl={report.draftXlsxUrl} pdfUrl={report.draftPdfUrl} />
              ) : latest ? (
                <DownloadLinks size="small" xlsxUrl={latest.xlsxUrl} pdfUrl={latest.pdfUrl} />
              ) : (
                t('report.noVersion')
              ),
          },
        ]}
      />
      <Tabs
        activeKey={tabs.some((tab) => tab.key === state.tab) ? state.tab : 'content'}
        onChange={(tab) => update({ tab: tab as typeof state.tab }, { replace: true })}
        items={tabs}
      />
    </Flex>
  );
}
