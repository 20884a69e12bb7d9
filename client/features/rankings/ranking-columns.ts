import type { TFunction } from 'i18next';
import { exportMetricValue, judgeChange, judgeMovement, metricNumFmt, type Judgement } from '../../format/metric';
import type { RankingTable_RowFragment } from '../../gql/graphql';
import type { Language } from '../../i18n/languages';
import type { ExportColumn } from '../../export/table-export';
import { unitName } from '../units/unit-name';
import { metricLabel, type MetricDefinition } from '../metrics';
import type { RankingReference } from './RankingTable';

/** A line of the exported ranking: a ranked unit, or a reference line under them (code empty, no rank). */
export type RankingExportRow = Pick<
  RankingTable_RowFragment,
  'value' | 'rank' | 'previousValue' | 'previousRank' | 'movement'
> & {
  unit: { code: string; nameZh: string; nameEn?: string | null };
};

/** The ranked units, then the reference lines (company figure, jurisdiction total) as the table shows them. */
export function rankingExportRows(
  rows: readonly RankingTable_RowFragment[],
  references: readonly RankingReference[] = [],
): RankingExportRow[] {
  const lines = references.map((reference) => ({
    unit: { code: '', nameZh: reference.label, nameEn: reference.label },
    value: reference.value ?? null,
    rank: null,
    previousValue: null,
    previousRank: null,
    movement: null,
  }));
  return [...rows, ...lines];
}

/**
 * The ranking as exported: the table's columns, Chinese headers in a Chinese interface, figures as
 * numbers, and beside the movement and the change the judgement's word (改善 / 恶化 / 持平), since a
 * spreadsheet keeps no colour and "-2" alone reads as bad news.
 */
export function rankingExportColumns(
  definition: MetricDefinition,
  order: 'ASC' | 'DESC',
  t: TFunction,
  language: Language,
  rankLabel: string = t('rankings.rank'),
): ExportColumn<RankingExportRow>[] {
  const metric = metricLabel(definition, language);
  const unit = definition.unit;
  const word = (judgement: Judgement) => (judgement === 'none' ? null : t(`figure.${judgement}`));
  const change = (row: RankingExportRow) =>
    row.value == null || row.previousValue == null ? null : row.value - row.previousValue;
  return [
    { header: rankLabel, value: (row) => row.rank ?? null },
    { header: t('rankings.previousRank'), value: (row) => row.previousRank ?? null },
    { header: t('rankings.movement'), value: (row) => row.movement ?? null },
    {
      header: t('rankings.movementJudged'),
      value: (row) => word(judgeMovement(row.movement, definition.better, order)),
    },
    { header: t('unitDetails.code'), value: (row) => row.unit.code },
    { header: t('rankings.unit'), value: (row) => unitName(row.unit, language) },
    {
      header: t('rankings.valueOf', { metric }),
      value: (row) => exportMetricValue(row.value, unit),
      numFmt: metricNumFmt(unit),
    },
    {
      header: t('rankings.previousValueOf', { metric }),
      value: (row) => exportMetricValue(row.previousValue, unit),
      numFmt: metricNumFmt(unit),
    },
    { header: t('metric.change'), value: (row) => exportMetricValue(change(row), unit), numFmt: metricNumFmt(unit) },
    { header: t('metric.changeJudged'), value: (row) => word(judgeChange(change(row), definition.better)) },
  ];
}
