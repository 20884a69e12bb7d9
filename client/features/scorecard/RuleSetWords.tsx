import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import { ruleWords } from './rule-words';

// The rule set in force, in words: its name, dates, peers and each item's rule.
export const RuleSetWords_ruleSet = graphql(`
  fragment RuleSetWords_ruleSet on ScorecardRuleSet {
    code
    version
    name {
      zh
      en
    }
    effectiveFrom
    effectiveTo
    total
    peerLevel
    peerParent
    items {
      code
      name {
        zh
        en
      }
      kind
      max
      metric
      basis
      channels
      better
      bands {
        threshold
        points
      }
      best
      worst
      incidentKind
      pointsEach
      cap
    }
  }
`);

export interface RuleSetWordsProps {
  ruleSet: FragmentType<typeof RuleSetWords_ruleSet>;
  /** A metric's name in the viewer's language. */
  metricName: (key: string) => string;
}

export function RuleSetWords({ ruleSet: masked, metricName }: RuleSetWordsProps) {
  const ruleSet = getFragmentData(RuleSetWords_ruleSet, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const peers = ruleSet.peerLevel
    ? t(`level.${ruleSet.peerLevel}`)
    : t('scorecard.childrenOf', { unit: ruleSet.peerParent });
  return (
    <List
      size="small"
      header={
        <Typography.Text>
          {t('scorecard.ruleSetLine', {
            name: language === 'en' ? ruleSet.name.en : ruleSet.name.zh,
            code: ruleSet.code,
            version: ruleSet.version,
            from: formatIsoDate(ruleSet.effectiveFrom, language),
            to: formatIsoDate(ruleSet.effectiveTo, language),
            total: ruleSet.total,
            peers,
          })}
        </Typography.Text>
      }
      footer={<Typography.Text type="secondary">{t('scorecard.words.footer')}</Typography.Text>}
      dataSource={ruleSet.items}
      renderItem={(item) => (
        <List.Item>
          <Typography.Text strong>
            {item.code} {language === 'en' ? item.name.en : item.name.zh}
          </Typography.Text>
          ：{ruleWords({ ...item, metricName: item.metric ? metricName(item.metric) : null }, peers, t, language)}
        </List.Item>
      )}
    />
  );
}
