import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatPercent } from '../../format/number';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ScorecardItems_ItemFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/languages';
import { ManualPointsButton } from './ManualPointsButton';

// A unit's scorecard item by item (RULES.md §5): the value scored (and last year's, for a change
// rate; the rank among the peers, for a RANK item), the band or formula with its numbers, the points
// of the max, and the flag of an item without a value; the total, last year's, and how many are flagged.
export const ScorecardItems_card = graphql(`
  fragment ScorecardItems_card on Scorecard {
    total
    max
    noValueCount
    previousTotal
    items {
      ...ScorecardItems_item
    }
  }
`);

export const ScorecardItems_item = graphql(`
  fragment ScorecardItems_item on ScorecardItem {
    item {
      code
      name {
        zh
        en
      }
      kind
      metric
    }
    value
    current
    previous
    rank
    rankOf
    rule
    points
    max
    flag
    note
    enteredBy
    enteredAt
  }
`);

const RATE_METRICS = new Set(['TIMELY_RATE', 'ESCALATION_RATE', 'SATISFACTION_RATE']);

function valueText(row: ScorecardItems_ItemFragment, language: Language, t: TFunction) {
  if (row.value == null) return '—';
  switch (row.item.kind) {
    case 'CHANGE_RATE':
      return t('scorecard.changeValue', {
        rate: formatPercent(row.value, language),
        current: formatDecimal(row.current, 4, language),
        previous: formatDecimal(row.previous, 4, language),
      });
    case 'RANK':
      return t('scorecard.rankValue', { value: formatDecimal(row.value, 4, language), rank: row.rank, of: row.rankOf });
    case 'DEDUCTION':
      return t('scorecard.incidents', { count: row.value });
    case 'MANUAL':
      return formatDecimal(row.value, 2, language);
    default:
      return row.item.metric && RATE_METRICS.has(row.item.metric)
        ? formatPercent(row.value, language)
        : formatDecimal(row.value, 4, language);
  }
}

export interface ScorecardItemsProps {
  card: FragmentType<typeof ScorecardItems_card>;
  /** For HQ_ADMIN: where MANUAL points are entered (the unit and period shown), and what follows an entry. */
  entry?: { unit: string; period: { from: string; to: string }; onEntered: () => void };
}

export function ScorecardItems({ card: masked, entry }: ScorecardItemsProps) {
  const card = getFragmentData(ScorecardItems_card, masked);
  const items = getFragmentData(ScorecardItems_item, card.items);
  const { t } = useTranslation();
  const language = useLanguage();
  const ruleCell = (row: ScorecardItems_ItemFragment) =>
    row.flag ? (
      <Tag color="warning">{t('scorecard.noValue')}</Tag>
    ) : row.note ? (
      <Tooltip title={t('scorecard.enteredBy', { who: row.enteredBy, when: row.enteredAt })}>
        <span>{row.note}</span>
      </Tooltip>
    ) : (
      row.rule
    );
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('scorecard.totalLine', {
          total: formatDecimal(card.total, 2, language),
          max: formatDecimal(card.max, 0, language),
          previous: formatDecimal(card.previousTotal, 2, language),
        })}
        {card.noValueCount > 0 && (
          <Tag color="warning" style={{ marginInlineStart: 8 }}>
            {t('scorecard.noValueCount', { count: card.noValueCount })}
          </Tag>
        )}
      </Typography.Text>
      <Table<ScorecardItems_ItemFragment>
        size="small"
        rowKey={(row) => row.item.code}
        dataSource={[...items]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'item',
            title: t('scorecard.item'),
            render: (_, row) => `${row.item.code} ${language === 'en' ? row.item.name.en : row.item.name.zh}`,
          },
          {
            key: 'kind',
            title: t('scorecard.kind'),
            render: (_, row) => t(`scorecard.kinds.${row.item.kind}`),
          },
          { key: 'value', title: t('scorecard.value'), render: (_, row) => valueText(row, language, t) },
          {
            key: 'rule',
            title: t('scorecard.rule'),
            render: (_, row) => (
              <>
                {ruleCell(row)}
                {entry && row.item.kind === 'MANUAL' && (
                  <ManualPointsButton
                    {...entry}
                    item={{ code: row.item.code, max: row.max }}
                    current={{ points: row.value ?? null, note: row.note ?? null }}
                  />
                )}
              </>
            ),
          },
          {
            key: 'points',
            title: t('scorecard.points'),
            align: 'right',
            render: (_, row) =>
              row.item.kind === 'DEDUCTION'
                ? formatDecimal(row.points, 2, language)
                : `${formatDecimal(row.points, 2, language)} / ${formatDecimal(row.max, 0, language)}`,
          },
        ]}
      />
    </Flex>
  );
}
