import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { newReportPath } from '../app/routes';
import { can, useViewer } from '../app/viewer';
import { QueryFailure } from '../components/QueryFailure';
import { ReportList } from '../features/reports';
import { graphql } from '../gql';

// /reports — the reports the viewer may see, newest first (the server decides which: HQ all, a
// branch its own subtree's, the regulator the submitted ones of its jurisdiction).

const ReportsPageQuery = graphql(`
  query ReportsPage {
    reports(first: 50) {
      ...ReportList_report
    }
  }
`);

export function ReportsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const mayDraft = can(viewer, 'reportDrafts');
  // Reports are submitted from their own page; coming back here must show that, not a cached list.
  const [result, reload] = useQuery({ query: ReportsPageQuery, requestPolicy: 'cache-and-network' });
  const reports = result.data?.reports ?? [];
  const create = mayDraft && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newReportPath())}>
      {t('reports.new')}
    </Button>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        {reports.length > 0 && create}
      </Flex>
      <Card size="small" className="crp-widget" data-state={state(result)}>
        {result.fetching && !result.data && <Skeleton active title={false} paragraph={{ rows: 8 }} />}
        {result.error && !result.data && (
          <QueryFailure error={result.error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
        )}
        {result.data && reports.length === 0 && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <Flex vertical gap={4}>
                <Typography.Text strong>{t('reports.empty')}</Typography.Text>
                <Typography.Text type="secondary">
                  {mayDraft ? t('reports.emptyDetail') : t('reports.emptyRegulator')}
                </Typography.Text>
              </Flex>
            }
          >
            {create}
          </Empty>
        )}
        {reports.length > 0 && <ReportList reports={reports} />}
      </Card>
    </Flex>
  );
}

function state(result: { fetching: boolean; error?: unknown; data?: { reports: readonly unknown[] } }): string {
  if (result.data) return result.data.reports.length ? 'success' : 'empty';
  return result.error ? 'failure' : 'loading';
}
