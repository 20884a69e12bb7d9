import { Button, Checkbox, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilterState } from '../app/url-state/views';
import { CATEGORIES, CHANNELS, LINES } from '../app/vocabulary';

export interface FilterBarProps {
  value: FilterState;
  onChange: (patch: Partial<FilterState>) => void;
}

// The complaint filter of the API contract: channels, lines, categories (none chosen: all) and
// assessed only (考核投诉: valid, not policy-caused, not a repeat).
export function FilterBar({ value, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const any = value.channels.length + value.lines.length + value.categories.length > 0 || value.assessedOnly;
  const select = (
    key: 'channels' | 'lines' | 'categories',
    values: readonly string[],
    prefix: 'channel' | 'line' | 'category',
  ) => (
    <Select<string[]>
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ minWidth: 180 }}
      aria-label={t(`filter.${key}`)}
      placeholder={t('filter.placeholder', { label: t(`filter.${key}`) })}
      value={[...value[key]]}
      options={values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as never) }))}
      onChange={(next) => onChange({ [key]: next })}
    />
  );
  return (
    <Space wrap size={8}>
      {select('channels', CHANNELS, 'channel')}
      {select('lines', LINES, 'line')}
      {select('categories', CATEGORIES, 'category')}
      <Checkbox checked={value.assessedOnly} onChange={(event) => onChange({ assessedOnly: event.target.checked })}>
        {t('filter.assessedOnly')}
      </Checkbox>
      {any && (
        <Button
          size="small"
          type="link"
          onClick={() => onChange({ channels: [], lines: [], categories: [], assessedOnly: false })}
        >
          {t('filter.clear')}
        </Button>
      )}
    </Space>
  );
}

/** The filter in words for a subtitle or print: "95518 热线、信访 · 车险 · 仅考核投诉", or '' for none. */
export function filterSummary(value: FilterState, t: (key: never) => string): string {
  const label = (prefix: string, values: readonly string[]) =>
    values.map((v) => t(`${prefix}.${v}` as never)).join(t('filter.separator' as never));
  return [
    label('channel', value.channels),
    label('line', value.lines),
    label('category', value.categories),
    value.assessedOnly ? t('filter.assessedOnly' as never) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
