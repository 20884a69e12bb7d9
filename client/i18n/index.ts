import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { zhCN, type Messages } from './zh-CN';

// One i18next instance for the client. Chinese unless the viewer chose English before (the choice
// is remembered in localStorage, per browser).
export { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages';

const STORAGE_KEY = 'crp.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'en'],
  // React escapes text itself.
  interpolation: { escapeValue: false },
  // Resources are bundled, so the first render already has them.
  initAsync: false,
});
applyLanguage(i18n.language);

/** Switches the interface language and remembers the choice. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the switch still applies to this visit.
  }
  await i18n.changeLanguage(language);
  applyLanguage(language);
}

/** The current interface language, re-rendering on a switch. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // No storage where the client runs (a test in Node), or the browser refuses it.
    return DEFAULT_LANGUAGE;
  }
}

// Screen readers, fonts and the browser's translation offer follow <html lang>; date pickers take
// month and weekday names and the first day of the week from dayjs.
function applyLanguage(language: string): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
