import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FigurePartParam } from '../../app/url-state/views';
import { BasisTag } from '../../components/BasisTag';
import { type Basis, formatMetricValue } from '../../format/metric';
import { formatInteger } from '../../format/number';
import { useLanguage } from '../../i18n';
import { localized, MetricLabel, type MetricDefinition } from '../metrics';

export interface RecordsTotals {
  /** Complaints listed. */
  count: number;
  /** With SATISFACTION_RATE: the satisfied follow-ups (the numerator) and all follow-ups (the denominator). */
  satisfied?: number | null;
  followups?: number | null;
}

export interface RecordsFigureProps {
  definition: MetricDefinition;
  part: FigurePartParam;
  unit: string;
  period: string;
  basis: Basis | null;
  filter: string;
  /** T, the instant a stock or the statuses were judged at, in words. */
  instant: string;
  /** asOf in words: closures and deadlines counted up to it. */
  asOf: string;
  /** The figure itself, when it is measured on the list's own terms. */
  value?: number | null;
  totals: RecordsTotals | null;
}

// The figure a list of complaints stands behind: which metric (its definition at hand) and which
// part of it, for which unit, period, basis, filter and instant — and beside it the list's total,
// which is the part's figure (for the satisfaction rate, the follow-ups it counts).
export function RecordsFigure(props: RecordsFigureProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { definition, totals } = props;
  const partText = definition[props.part];
  const part =
    definition.numerator === null && props.part === 'numerator'
      ? t('records.partCount')
      : t(props.part === 'numerator' ? 'records.partNumerator' : 'records.partDenominator', {
          text: partText ? localized(partText, language) : '',
        });
  const total = !totals
    ? '—'
    : totals.followups != null
      ? t('records.satisfaction', {
          satisfied: formatInteger(totals.satisfied ?? 0, language),
          followups: formatInteger(totals.followups, language),
          count: formatInteger(totals.count, language),
        })
      : t('records.totalCount', { count: formatInteger(totals.count, language) as never });
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} className="crp-records-figure">
      <Descriptions.Item label={t('records.metric')}>
        <MetricLabel definition={definition} />
      </Descriptions.Item>
      <Descriptions.Item label={t('records.part')}>{part}</Descriptions.Item>
      <Descriptions.Item label={t('records.unit')}>{props.unit}</Descriptions.Item>
      <Descriptions.Item label={t('records.period')}>{props.period}</Descriptions.Item>
      <Descriptions.Item label={t('records.basis')}>
        {props.basis ? <BasisTag basis={props.basis} /> : t('export.noBasis')}
      </Descriptions.Item>
      <Descriptions.Item label={t('records.filter')}>{props.filter || t('export.noFilter')}</Descriptions.Item>
      <Descriptions.Item label={t('records.instant')}>{props.instant}</Descriptions.Item>
      <Descriptions.Item label={t('records.asOf')}>{props.asOf}</Descriptions.Item>
      {props.value !== undefined && (
        <Descriptions.Item label={t('records.value')}>
          {formatMetricValue(props.value, definition.unit, language)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('records.total')}>
        <Typography.Text strong className="crp-records-total">
          {total}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
