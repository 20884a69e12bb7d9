import { Segmented } from 'antd';
import { LANGUAGES, type Language } from '../i18n/languages';

// Each language is named in itself (中文 / English), so either reader can find the way back.
const NATIVE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
  label: string;
}

export function LanguageSwitch({ value, onChange, label }: LanguageSwitchProps) {
  return (
    <Segmented<Language>
      aria-label={label}
      size="small"
      value={value}
      onChange={onChange}
      options={LANGUAGES.map((language) => ({ value: language, label: NATIVE_NAMES[language] }))}
    />
  );
}
