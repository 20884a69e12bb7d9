import type { TFunction } from 'i18next';
import type { QuickPeriod } from '../app/url-state/period';
import { formatIsoDate } from '../format/shanghai-date';
import type { Language } from '../i18n/languages';

/** A quick pick in words: 2013年上半年, 2013年第3季度（截至2013年7月31日）, 最近6个月 / H1 2013, Last 6 months. */
export function quickPeriodLabel(pick: QuickPeriod, t: TFunction, language: Language): string {
  const { name } = pick;
  const label = (() => {
    switch (name.id) {
      case 'ytd':
        return t('quickPeriod.ytd');
      case 'half':
        return t(name.half === 1 ? 'quickPeriod.half1' : 'quickPeriod.half2', { year: name.year });
      case 'quarter':
        return t('quickPeriod.quarter', { year: name.year, quarter: name.quarter });
      case 'month':
        return t('quickPeriod.month', {
          year: name.year,
          month: language === 'en' ? String(name.month).padStart(2, '0') : name.month,
        });
      case 'lastMonths':
        return t('quickPeriod.lastMonths', { count: name.count });
      case 'year':
        return t('quickPeriod.year', { year: name.year });
    }
  })();
  if (!pick.toDate || pick.period.kind !== 'custom') return label;
  return t('quickPeriod.toDate', { label, date: formatIsoDate(pick.period.to, language) });
}
