import type { Language } from '../../i18n/languages';

/** A unit's name in the viewer's language; units without an English name show the Chinese one. */
export function unitName(unit: { nameZh: string; nameEn?: string | null }, language: Language): string {
  return language === 'en' && unit.nameEn ? unit.nameEn : unit.nameZh;
}
