import { Collapse, List, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { DeadlineRuleSets_RuleSetFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';

// The deadline rule sets (处理时限规则, RULES.md §1) in words, each code's current version first and
// its earlier versions beneath: the receipts it covers, its limit per handling class, its maximum.
export const DeadlineRuleSets_ruleSet = graphql(`
  fragment DeadlineRuleSets_ruleSet on DeadlineRuleSet {
    code
    version
    name {
      zh
      en
    }
    effectiveFrom
    effectiveTo
    simple {
      n
      unit
    }
    complex {
      n
      unit
    }
    maxDays
    createdAt
    current
  }
`);

type RuleSet = DeadlineRuleSets_RuleSetFragment;

/** A version's rule in one sentence. */
export function deadlineWords(set: RuleSet, t: TFunction): string {
  const from = set.effectiveFrom ? formatInstant(set.effectiveFrom) : null;
  const to = set.effectiveTo ? formatInstant(set.effectiveTo) : null;
  const range =
    from && to
      ? t('rules.range.both', { from, to })
      : from
        ? t('rules.range.from', { from })
        : to
          ? t('rules.range.to', { to })
          : t('rules.range.all');
  return t('rules.deadlineWords', {
    range,
    simple: t(`deadline.limitValue.${set.simple.unit}`, { n: set.simple.n }),
    complex: t(`deadline.limitValue.${set.complex.unit}`, { n: set.complex.n }),
    max: set.maxDays,
  });
}

export function DeadlineRuleSets({ ruleSets: masked }: { ruleSets: FragmentType<typeof DeadlineRuleSets_ruleSet>[] }) {
  const ruleSets = getFragmentData(DeadlineRuleSets_ruleSet, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const current = ruleSets.filter((set) => set.current);
  return (
    <List
      size="small"
      dataSource={current}
      renderItem={(set) => {
        const earlier = ruleSets
          .filter((other) => other.code === set.code && !other.current)
          .sort((a, b) => b.version - a.version);
        return (
          <List.Item style={{ display: 'block' }} data-rule-set={set.code}>
            <Typography.Text strong>{language === 'en' ? set.name.en : set.name.zh}</Typography.Text>{' '}
            <Tag>
              {set.code} · v{set.version}
            </Tag>
            <Tag color="blue">{t('rules.current')}</Tag>
            <Typography.Paragraph style={{ margin: '4px 0 0' }}>{deadlineWords(set, t)}</Typography.Paragraph>
            {earlier.length > 0 && (
              <Collapse
                size="small"
                ghost
                items={[
                  {
                    key: 'earlier',
                    label: t('rules.earlier'),
                    children: earlier.map((old) => (
                      <Typography.Paragraph key={old.version} type="secondary" style={{ margin: 0 }}>
                        {t('rules.versionLine', {
                          code: old.code,
                          version: old.version,
                          created: formatInstant(old.createdAt),
                          words: deadlineWords(old, t),
                        })}
                      </Typography.Paragraph>
                    )),
                  },
                ]}
              />
            )}
          </List.Item>
        );
      }}
    />
  );
}
