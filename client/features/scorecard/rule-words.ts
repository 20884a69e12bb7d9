import type { TFunction } from 'i18next';
import type { Channel, IncidentKind, ScorecardItemKind } from '../../gql/graphql';
import type { Language } from '../../i18n/languages';

// A rule set's item in words (RULES.md §5): how its points are computed, from its kind and parameters.

export interface RuleItemParams {
  kind: ScorecardItemKind;
  max?: number | null;
  metricName?: string | null;
  basis?: string | null;
  channels: readonly Channel[];
  better?: string | null;
  bands: readonly { threshold: number; points: number }[];
  best?: number | null;
  worst?: number | null;
  incidentKind?: IncidentKind | null;
  pointsEach?: number | null;
  cap?: number | null;
}

const number = (value: number | null | undefined, language: Language) =>
  value == null ? '—' : value.toLocaleString(language === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 4 });

/** The item's rule as a sentence in the viewer's language; `peers` names the rule set's peers. */
export function ruleWords(item: RuleItemParams, peers: string, t: TFunction, language: Language): string {
  const metric = [
    item.metricName ?? '',
    item.basis === 'ASSESSED' ? t('scorecard.words.assessed') : '',
    item.channels.length
      ? t('scorecard.words.channels', { channels: item.channels.map((c) => t(`channel.${c}`)).join('、') })
      : '',
  ].join('');
  const sign = item.kind === 'CHANGE_RATE' || item.better !== 'HIGHER' ? '≤' : '≥';
  const bands = [...item.bands]
    .sort((a, b) => (sign === '≤' ? a.threshold - b.threshold : b.threshold - a.threshold))
    .map((band) =>
      t('scorecard.words.band', {
        sign,
        threshold: number(band.threshold, language),
        points: number(band.points, language),
      }),
    )
    .join(t('scorecard.words.separator'));
  switch (item.kind) {
    case 'METRIC_BAND':
      return t('scorecard.words.METRIC_BAND', { metric, bands });
    case 'CHANGE_RATE':
      return t('scorecard.words.CHANGE_RATE', { metric, bands });
    case 'METRIC_LINEAR':
      return t('scorecard.words.METRIC_LINEAR', {
        metric,
        max: number(item.max, language),
        best: number(item.best, language),
        worst: number(item.worst, language),
      });
    case 'RANK':
      return t('scorecard.words.RANK', { metric, peers, max: number(item.max, language) });
    case 'MANUAL':
      return t('scorecard.words.MANUAL', { max: number(item.max, language) });
    case 'DEDUCTION':
      return t('scorecard.words.DEDUCTION', {
        incident: t(`scorecard.incident.${item.incidentKind ?? 'MEDIA_EXPOSURE'}`),
        each: number(item.pointsEach, language),
        cap: number(item.cap, language),
      });
  }
}
