import { InfoCircleOutlined } from '@ant-design/icons';
import { Popover, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { localized, metricLabel, type MetricDefinition } from './use-metric-definitions';

// A metric's name with its definition at hand: on hover (a mouse), on tap or click (a phone) and on
// focus (a keyboard), from the registry in the viewer's language — what is counted, the numerator
// and denominator of a ratio, how the basis changes it, which way is better, and whether it
// depends on the instant asOf.
export function MetricLabel({ definition, children }: { definition: MetricDefinition; children?: ReactNode }) {
  const language = useLanguage();
  const label = metricLabel(definition, language);
  return (
    <Popover
      trigger={['hover', 'click', 'focus']}
      placement="bottomLeft"
      title={label}
      content={<MetricDefinitionText definition={definition} />}
    >
      <span
        className="crp-metric-label"
        tabIndex={0}
        role="button"
        aria-haspopup="dialog"
        onClick={(event) => event.stopPropagation()}
      >
        {children ?? label}
        <InfoCircleOutlined className="crp-metric-info crp-no-print" aria-hidden />
      </span>
    </Popover>
  );
}

export function MetricDefinitionText({ definition }: { definition: MetricDefinition }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const line = (term: string, text: string) => (
    <div>
      <Typography.Text type="secondary">{term}</Typography.Text> {text}
    </div>
  );
  return (
    <div className="crp-metric-definition" style={{ maxWidth: 360 }}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {localized(definition.definition, language)}
      </Typography.Paragraph>
      {definition.numerator && line(t('definition.numerator'), localized(definition.numerator, language))}
      {definition.denominator && line(t('definition.denominator'), localized(definition.denominator, language))}
      {line(t('definition.basis'), localized(definition.basisNote, language))}
      {line(t('definition.better'), t(`definition.direction.${definition.better}`))}
      {line(
        t('definition.asOf'),
        t(definition.dependsOnAsOf ? 'definition.dependsOnAsOf' : 'definition.independentOfAsOf'),
      )}
    </div>
  );
}

/** Where a title's message puts the metric's name: t('…', { metric: METRIC_SLOT }). */
export const METRIC_SLOT = '\u2063metric\u2063';

/**
 * A title whose message names the metric ("月度趋势：{{metric}}"), the name with its definition at
 * hand, in whatever place the language puts it.
 */
export function MetricTitle({ text, definition }: { text: string; definition: MetricDefinition }) {
  const [before, ...after] = text.split(METRIC_SLOT);
  if (after.length === 0) return <>{text}</>;
  return (
    <>
      {before}
      <MetricLabel definition={definition} />
      {after.join('')}
    </>
  );
}
