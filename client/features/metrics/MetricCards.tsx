import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BasisTag } from '../../components/BasisTag';
import { ChangeText } from '../../components/ChangeText';
import { figureBasis, formatComparison, formatMetricValue, judgeChange } from '../../format/metric';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { MetricKey } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { companyLabel } from './figure-words';
import { MetricLabel } from './MetricLabel';
import { metricLabel, type MetricDefinitions } from './use-metric-definitions';

// One card per metric: its name with the definition at hand, the period's figure with its basis
// (a link to the complaints behind it, where any are), 同比 (coloured and worded by whether it is an
// improvement), and the company figure beside it (全公司合计 for a count, 全公司水平 for a ratio).
export const MetricCards_value = graphql(`
  fragment MetricCards_value on MetricValue {
    metric
    value
    change
    changeRate
    benchmark
  }
`);

export interface MetricCardsProps {
  values: readonly FragmentType<typeof MetricCards_value>[];
  definitions: MetricDefinitions;
  /** The filter's basis: only assessed complaints (考核口径), or all. */
  assessedOnly: boolean;
  /** False on HQ's own page, where the benchmark is the figure itself. */
  showBenchmark?: boolean;
  /** The records page of a card's figure, or null (premium, policies: no complaints behind them). */
  figureHref?: (metric: MetricKey) => string | null;
}

export function MetricCards({
  values: masked,
  definitions,
  assessedOnly,
  showBenchmark = true,
  figureHref,
}: MetricCardsProps) {
  const values = getFragmentData(MetricCards_value, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Row gutter={[12, 12]}>
      {values.map((figure) => {
        const definition = definitions.get(figure.metric);
        if (!definition) return null;
        const label = metricLabel(definition, language);
        const text = formatMetricValue(figure.value, definition.unit, language);
        const href = figure.value == null ? null : (figureHref?.(figure.metric) ?? null);
        return (
          <Col key={figure.metric} xs={12} md={8} xl={4}>
            <Card size="small" className="crp-metric-card" aria-label={label}>
              <Statistic
                title={
                  <span>
                    <MetricLabel definition={definition} />
                    <BasisTag basis={figureBasis(definition, assessedOnly)} />
                  </span>
                }
                value={text}
                formatter={() =>
                  href ? (
                    <Link to={href} className="crp-figure-link" title={t('records.open', { what: label })}>
                      {text}
                    </Link>
                  ) : (
                    text
                  )
                }
              />
              <div>
                <ChangeText
                  text={formatComparison(figure, definition.unit, language)}
                  judgement={judgeChange(figure.change, definition.better)}
                />
              </div>
              {showBenchmark && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {companyLabel([definition], t)} {formatMetricValue(figure.benchmark, definition.unit, language)}
                </Typography.Text>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
