import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Flex, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../app/viewer';
import { DataCard } from '../components/DataCard';
import { ViewHeader } from '../components/ViewHeader';
import { formatIsoDate } from '../format/shanghai-date';
import { CompanyStandardForm, DeadlineRuleSets, DeadlineRuleSets_ruleSet } from '../features/deadlines';
import { metricLabel, useMetricDefinitions } from '../features/metrics';
import { RuleSetEditor, RuleSetWords } from '../features/scorecard';
import { getFragmentData, graphql } from '../gql';
import { useLanguage } from '../i18n';

// /rules — the rule sets headquarters works under (规则, RULES.md §1, §5): the deadline rule sets in
// words, with HQ_ADMIN's change of the company standard; the scorecard rule sets, every version, in
// words, with HQ_ADMIN's editor (in place until a submitted report uses a version, else a new one).

const DeadlineRuleSetsQuery = graphql(`
  query RulesPageDeadlines {
    deadlineRuleSets {
      ...DeadlineRuleSets_ruleSet
    }
  }
`);

const ScorecardRuleSetsQuery = graphql(`
  query RulesPageScorecards {
    scorecardRuleSets {
      code
      version
      name {
        zh
        en
      }
      effectiveFrom
      effectiveTo
      status
      ...RuleSetWords_ruleSet
      ...RuleSetEditor_ruleSet
    }
  }
`);

export function RulesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const admin = viewer.role === 'HQ_ADMIN';
  const [deadlines, reloadDeadlines] = useQuery({ query: DeadlineRuleSetsQuery });
  const [scorecards, reloadScorecards] = useQuery({ query: ScorecardRuleSetsQuery });
  const metrics = useMetricDefinitions();
  // The version in the editor: an index into the list, 'new', or none.
  const [editing, setEditing] = useState<number | 'new' | null>(null);

  const metricName = (key: string) => {
    const definition = metrics.definitions?.get(key as never);
    return definition ? metricLabel(definition, language) : key;
  };
  const metricOptions = useMemo(
    () =>
      [...(metrics.definitions?.values() ?? [])].map((definition) => ({
        value: definition.key,
        label: metricLabel(definition, language),
      })),
    [metrics.definitions, language],
  );
  const deadlineSets = deadlines.data?.deadlineRuleSets ?? [];
  const companyStandard = getFragmentData(DeadlineRuleSets_ruleSet, deadlineSets).find(
    (set) => set.code === 'COMPANY_STD' && set.current,
  );
  const scorecardSets = scorecards.data?.scorecardRuleSets ?? [];

  return (
    <Flex vertical gap={16}>
      <ViewHeader title={t('rules.title')} subtitle={t('rules.subtitle')} />
      <DataCard
        title={t('rules.deadlineSets')}
        fetching={deadlines.fetching && !deadlines.data}
        error={deadlines.error}
        empty={deadlineSets.length === 0}
        emptyText={t('rules.empty')}
        onRetry={() => reloadDeadlines({ requestPolicy: 'network-only' })}
      >
        <Flex vertical gap={16}>
          <DeadlineRuleSets ruleSets={deadlineSets} />
          {admin && companyStandard && (
            <CompanyStandardForm
              current={companyStandard}
              onChanged={() => reloadDeadlines({ requestPolicy: 'network-only' })}
            />
          )}
        </Flex>
      </DataCard>
      <DataCard
        title={t('rules.scorecardSets')}
        extra={
          admin && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('rules.newRuleSet')}
            </Button>
          )
        }
        fetching={scorecards.fetching && !scorecards.data}
        error={scorecards.error}
        empty={scorecardSets.length === 0}
        emptyText={t('rules.empty')}
        onRetry={() => reloadScorecards({ requestPolicy: 'network-only' })}
      >
        <Collapse
          size="small"
          defaultActiveKey={scorecardSets.length ? [`${scorecardSets[0].code}-${scorecardSets[0].version}`] : []}
          items={scorecardSets.map((set, index) => ({
            key: `${set.code}-${set.version}`,
            label: (
              <Typography.Text>
                {t('rules.scorecardHeader', {
                  name: language === 'en' ? set.name.en : set.name.zh,
                  code: set.code,
                  version: set.version,
                  from: formatIsoDate(set.effectiveFrom, language),
                  to: formatIsoDate(set.effectiveTo, language),
                })}{' '}
                <Tag color={set.status === 'PUBLISHED' ? 'green' : 'default'}>{t(`rules.status.${set.status}`)}</Tag>
              </Typography.Text>
            ),
            children: (
              <Flex vertical gap={8} align="flex-start">
                {admin && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(index)}>
                    {t('rules.edit')}
                  </Button>
                )}
                <RuleSetWords ruleSet={set} metricName={metricName} />
              </Flex>
            ),
          }))}
        />
      </DataCard>
      {editing !== null && (
        <RuleSetEditor
          ruleSet={editing === 'new' ? null : scorecardSets[editing]}
          metricOptions={metricOptions}
          onClose={() => setEditing(null)}
          onSaved={() => reloadScorecards({ requestPolicy: 'network-only' })}
        />
      )}
    </Flex>
  );
}
