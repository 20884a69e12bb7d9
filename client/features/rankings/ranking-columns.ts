import type { TFunction } from 'i18next';
import { exportMetricValue, metricNumFmt } from '../../format/metric';
import type { RankingTable_RowFragment } from '../../gql/graphql';
import type { Language } from '../../i18n/languages';
import type { ExportColumn } from '../../export/table-export';
import { unitName } from '../units/unit-name';
import { metricLabel, type MetricDefinition } from '../metrics';

/** The ranking as exported: the table's columns, Chinese headers in a Chinese interface, figures as numbers. */
export function rankingExportColumns(
  definition: MetricDefinition,
  t: TFunction,
  language: Language,
): ExportColumn<RankingTable_RowFragment>[] {
  const metric = metricLabel(definition, language);
  const unit = definition.unit;
  return [
    { header: t('rankings.rank'), value: (row) => row.rank ?? null },
    { header: t('rankings.previousRank'), value: (row) => row.previousRank ?? null },
    { header: t('rankings.movement'), value: (row) => row.movement ?? null },
    { header: t('unitDetails.code'), value: (row) => row.unit.code },
    { header: t('rankings.unit'), value: (row) => unitName(row.unit, language) },
    { header: t('rankings.valueOf', { metric }), value: (row) => exportMetricValue(row.value, unit), numFmt: metricNumFmt(unit) },
    {
      header: t('rankings.previousValueOf', { metric }),
      value: (row) => exportMetricValue(row.previousValue, unit),
      numFmt: metricNumFmt(unit),
    },
    {
      header: t('metric.change'),
      value: (row) => (row.value == null || row.previousValue == null ? null : exportMetricValue(row.value - row.previousValue, unit)),
      numFmt: metricNumFmt(unit),
    },
  ];
}
