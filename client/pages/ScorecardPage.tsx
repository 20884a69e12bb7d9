import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewPeriod } from '../app/use-period';
import { useViewState } from '../app/url-state/use-view-state';
import { scorecardSchema } from '../app/url-state/views';
import { useViewer } from '../app/viewer';
import { DataCard } from '../components/DataCard';
import { errorCode } from '../components/error-code';
import { PeriodPicker } from '../components/PeriodPicker';
import { QueryFailure } from '../components/QueryFailure';
import { ViewHeader } from '../components/ViewHeader';
import { formatPeriod } from '../format/shanghai-date';
import { metricLabel, useMetricDefinitions } from '../features/metrics';
import { RuleSetWords, ScorecardItems, ScoreRankingTable, ScoreRankingTable_row } from '../features/scorecard';
import { unitName } from '../features/units';
import { getFragmentData, graphql } from '../gql';
import { useLanguage } from '../i18n';

// /scorecard — headquarters' annual scorecard (考评, RULES.md §5): the peers ranked by total (ties
// share a rank), a unit's scorecard item by item, and the rule set in force in words. A branch sees
// its own scorecard and its peers' totals and ranks.

const ScorecardRankingQuery = graphql(`
  query ScorecardPageRanking($period: PeriodInput!) {
    scorecardRanking(period: $period) {
      ruleSet {
        ...RuleSetWords_ruleSet
      }
      rows {
        ...ScoreRankingTable_row
      }
    }
  }
`);

const ScorecardQuery = graphql(`
  query ScorecardPageUnit($unit: String!, $period: PeriodInput!) {
    scorecard(unit: $unit, period: $period) {
      unit {
        code
        nameZh
        nameEn
      }
      ...ScorecardItems_card
    }
  }
`);

export function ScorecardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const { state, invalid, update } = useViewState(scorecardSchema);
  const { period: shown, range, lastDay, error: periodError, retry: retryPeriod } = useViewPeriod(state.period, update);
  const metrics = useMetricDefinitions();
  // Paused until the period is known; the placeholder is never sent.
  const period = range ?? { from: '', to: '' };
  const [ranking, reloadRanking] = useQuery({
    query: ScorecardRankingQuery,
    variables: { period },
    pause: !range,
  });
  const rows = ranking.data?.scorecardRanking.rows ?? [];
  // Headquarters starts on the best-scored unit, everyone else on its own.
  const first = getFragmentData(ScoreRankingTable_row, rows).at(0)?.unit.code ?? null;
  const unit = state.unit ?? (viewer.homeUnit === 'HQ' ? first : viewer.homeUnit);
  const [card, reloadCard] = useQuery({
    query: ScorecardQuery,
    variables: { unit: unit ?? '', period },
    pause: !range || !unit,
  });

  if (periodError) return <QueryFailure error={periodError} onRetry={retryPeriod} />;
  const metricName = (key: string) => {
    const definition = metrics.definitions?.get(key as never);
    return definition ? metricLabel(definition, language) : key;
  };
  const scored = card.data?.scorecard;
  // A period outside every rule set's dates is a question without a scorecard, not a failure.
  const noRuleSet = ranking.error && errorCode(ranking.error) === 'BAD_USER_INPUT';
  const rankingError = noRuleSet ? undefined : ranking.error;
  return (
    <Flex vertical gap={16}>
      <ViewHeader title={t('scorecard.title')} subtitle={range && formatPeriod(range, language)} invalid={invalid}>
        {shown && <PeriodPicker value={shown} anchor={lastDay} onChange={(next) => update({ period: next })} />}
      </ViewHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10} className="crp-print-full">
          <DataCard
            title={t('scorecard.ranking')}
            fetching={!range || ranking.fetching}
            error={rankingError}
            empty={rows.length === 0}
            emptyText={noRuleSet ? t('scorecard.noRuleSet') : t('scorecard.empty')}
            onRetry={() => reloadRanking({ requestPolicy: 'network-only' })}
            skeletonRows={12}
          >
            <ScoreRankingTable
              rows={rows}
              selected={unit}
              maySelect={(code) => viewer.mayOpenUnit(code)}
              onSelect={(code) => update({ unit: code }, { replace: true })}
            />
          </DataCard>
        </Col>
        <Col xs={24} xl={14} className="crp-print-full">
          <Flex vertical gap={16}>
            <DataCard
              title={scored ? t('scorecard.unitCard', { unit: unitName(scored.unit, language) }) : t('scorecard.card')}
              fetching={!range || card.fetching}
              error={noRuleSet ? undefined : card.error}
              empty={!scored}
              emptyText={noRuleSet ? t('scorecard.noRuleSet') : t('scorecard.pickUnit')}
              onRetry={() => reloadCard({ requestPolicy: 'network-only' })}
              skeletonRows={10}
            >
              {scored && (
                <ScorecardItems
                  card={scored}
                  entry={
                    viewer.role === 'HQ_ADMIN' && range
                      ? {
                          unit: scored.unit.code,
                          period: range,
                          onEntered: () => {
                            reloadCard({ requestPolicy: 'network-only' });
                            reloadRanking({ requestPolicy: 'network-only' });
                          },
                        }
                      : undefined
                  }
                />
              )}
            </DataCard>
            <DataCard
              title={t('scorecard.ruleSet')}
              fetching={!range || ranking.fetching}
              error={rankingError}
              empty={!ranking.data}
              emptyText={noRuleSet ? t('scorecard.noRuleSet') : undefined}
              skeletonRows={6}
            >
              {ranking.data && <RuleSetWords ruleSet={ranking.data.scorecardRanking.ruleSet} metricName={metricName} />}
            </DataCard>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
