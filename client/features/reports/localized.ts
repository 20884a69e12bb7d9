import type { Language } from '../../i18n/languages';

/** A report carries every label in both languages (a frozen report reads in either); the UI's language picks one. */
export function localized(text: { zh: string; en: string }, language: Language): string {
  return language === 'en' ? text.en : text.zh;
}
