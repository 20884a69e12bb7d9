import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Segmented, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { pausedUntil } from '../app/paused-query';
import { reportPath } from '../app/routes';
import { useViewPeriod } from '../app/use-period';
import { periodRange, quickPeriods } from '../app/url-state/period';
import { useViewState } from '../app/url-state/use-view-state';
import { reportBuilderSchema } from '../app/url-state/views';
import { COMPARISONS, REPORT_TEMPLATES } from '../app/vocabulary';
import { useViewer } from '../app/viewer';
import { DataCard } from '../components/DataCard';
import { errorMessage } from '../components/error-code';
import { PeriodRangePicker } from '../components/PeriodRangePicker';
import { quickPeriodLabel } from '../components/quick-period-label';
import { QueryFailure } from '../components/QueryFailure';
import { ViewHeader } from '../components/ViewHeader';
import { ReportContentView } from '../features/reports';
import { UnitPicker } from '../features/units';
import { graphql } from '../gql';
import { useLanguage } from '../i18n';

// /reports/new — the builder: a template, a unit (or a jurisdiction), a period and a comparison,
// all in the query string so a link opens the same report; beside them the report itself from live
// figures (nothing stored) and a button that saves it as a draft. With ?edit=<id> (a draft's 编辑)
// it edits that draft instead: the button saves the new parameters to it.

const BuilderUnitsQuery = graphql(`
  query ReportBuilderUnits($at: Date) {
    units(at: $at) {
      ...UnitPicker_unit
    }
  }
`);

const ReportPreviewQuery = graphql(`
  query ReportPreview($input: ReportInput!) {
    reportPreview(input: $input) {
      ...ReportContentView_content
    }
  }
`);

const CreateReportMutation = graphql(`
  mutation CreateReport($input: ReportInput!) {
    createReport(input: $input) {
      id
    }
  }
`);

const UpdateReportMutation = graphql(`
  mutation UpdateReport($id: ID!, $input: ReportInput!) {
    updateReport(id: $id, input: $input) {
      id
      template
      from
      to
      comparison
    }
  }
`);

export function ReportBuilderPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { state, invalid, update } = useViewState(reportBuilderSchema);
  const { range, lastDay, error: periodError, retry: retryPeriod } = useViewPeriod(state.period, update);
  // A jurisdiction is a unit with units under it; the viewer's own unit is the natural first choice.
  const unit = state.unit ?? viewer.homeUnit;
  const input = range && { template: state.template, unit, period: range, comparison: state.comparison };

  const [units] = useQuery({ query: BuilderUnitsQuery, variables: { at: range?.to }, pause: !range });
  const [preview, reloadPreview] = useQuery({ query: ReportPreviewQuery, ...pausedUntil(input && { input }) });
  const [created, create] = useMutation(CreateReportMutation);
  const [updated, updateDraft] = useMutation(UpdateReportMutation);
  const editing = state.edit;

  if (periodError) return <QueryFailure error={periodError} onRetry={retryPeriod} />;
  const save = async () => {
    if (!input) return;
    const result = editing
      ? await updateDraft({ id: editing, input }).then((r) => ({ error: r.error, id: r.data?.updateReport.id }))
      : await create({ input }).then((r) => ({ error: r.error, id: r.data?.createReport.id }));
    if (result.error) message.error(errorMessage(result.error));
    else if (result.id) {
      message.success(t(editing ? 'reportBuilder.edited' : 'reportBuilder.saved'));
      void navigate(reportPath(result.id));
    }
  };
  // Quick picks counted from the last day with data, not from today: the demo's data end in 2013.
  const presets = (lastDay ? quickPeriods(lastDay) : []).map((pick) => ({
    label: quickPeriodLabel(pick, t, language),
    range: periodRange(pick.period),
  }));
  const unitLabel = state.template === 'REGULATOR' ? t('reports.jurisdiction') : t('reports.unit');

  return (
    <Flex vertical gap={16}>
      <ViewHeader title={t(editing ? 'reportBuilder.editTitle' : 'reportBuilder.title')} invalid={invalid}>
        <Space wrap size={16}>
          <Field label={t('reports.template')}>
            <Segmented
              aria-label={t('reports.template')}
              value={state.template}
              options={REPORT_TEMPLATES.map((template) => ({
                value: template,
                label: t(`reports.templateName.${template}`),
              }))}
              onChange={(template) => update({ template })}
            />
          </Field>
          <Field label={unitLabel}>
            <UnitPicker
              label={unitLabel}
              placeholder={
                state.template === 'REGULATOR' ? t('reportBuilder.pickJurisdiction') : t('reportBuilder.pickUnit')
              }
              units={units.data?.units ?? []}
              loading={units.fetching}
              offer={state.template === 'REGULATOR' ? (u) => u.childCount > 0 : undefined}
              value={unit}
              onChange={(code) => update({ unit: code })}
            />
          </Field>
        </Space>
        <Space wrap size={16}>
          <Field label={t('reports.period')}>
            {range && (
              <PeriodRangePicker
                label={t('reports.period')}
                placeholder={[t('period.from'), t('period.to')]}
                value={range}
                presets={presets}
                onChange={(next) => update({ period: { kind: 'custom', ...next } })}
              />
            )}
          </Field>
          <Field label={t('reports.comparison')}>
            <Segmented
              aria-label={t('reports.comparison')}
              value={state.comparison}
              options={COMPARISONS.map((comparison) => ({
                value: comparison,
                label: t(`reports.comparisonName.${comparison}`),
              }))}
              onChange={(comparison) => update({ comparison })}
            />
          </Field>
        </Space>
      </ViewHeader>
      <DataCard
        title={t('reportBuilder.preview')}
        fetching={!input || (preview.fetching && !preview.data)}
        error={preview.error}
        empty={false}
        onRetry={() => reloadPreview({ requestPolicy: 'network-only' })}
        skeletonRows={14}
        extra={
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={created.fetching || updated.fetching}
            disabled={!preview.data || preview.fetching}
            onClick={() => void save()}
          >
            {t(editing ? 'reportBuilder.saveEdit' : 'reportBuilder.save')}
          </Button>
        }
      >
        {preview.data && (
          // urql keeps the previous preview while the next one is assembled; the spinner says it is stale.
          <Spin spinning={preview.fetching}>
            <Flex vertical gap={16}>
              <Alert type="info" showIcon title={t('reportBuilder.previewNote')} className="crp-no-print" />
              <ReportContentView content={preview.data.reportPreview} version={null} />
            </Flex>
          </Spin>
        )}
      </DataCard>
    </Flex>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Space size={8} wrap>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Space>
  );
}
