import { DownOutlined } from '@ant-design/icons';
import { Button, DatePicker, Dropdown, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  convertPeriod,
  periodRange,
  quickPeriods,
  serialisePeriod,
  type PeriodKind,
  type PeriodSpec,
} from '../app/url-state/period';
import { formatIsoDate } from '../format/shanghai-date';
import { useLanguage } from '../i18n';
import { quickPeriodLabel } from './quick-period-label';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year', 'ytd', 'custom'];
const DATE = 'YYYY-MM-DD';

export interface PeriodPickerProps {
  value: PeriodSpec;
  onChange: (period: PeriodSpec) => void;
  /** The last day with data: quick picks (上半年, each quarter, the last months) are counted from it. */
  anchor?: string | null;
}

// The period: its kind (month, quarter, year, year to date, custom range), then the matching picker.
// Switching the kind keeps the period's end, so "2013-07" becomes "2013-Q3", "2013", "ytd to 2013-07-31".
export function PeriodPicker({ value, onChange, anchor }: PeriodPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const range = periodRange(value);
  const end = dayjs(range.to, DATE);
  const label = t('period.label');

  const picker = (() => {
    switch (value.kind) {
      case 'month':
        return (
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={label}
            value={end}
            format="YYYY-MM"
            onChange={(d: Dayjs | null) => d && onChange({ kind: 'month', year: d.year(), month: d.month() + 1 })}
          />
        );
      case 'quarter':
        return (
          <DatePicker
            picker="quarter"
            allowClear={false}
            aria-label={label}
            value={end}
            format="YYYY-[Q]Q"
            onChange={(d: Dayjs | null) =>
              d && onChange({ kind: 'quarter', year: d.year(), quarter: Math.floor(d.month() / 3) + 1 })
            }
          />
        );
      case 'year':
        return (
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={label}
            value={end}
            format="YYYY"
            onChange={(d: Dayjs | null) => d && onChange({ kind: 'year', year: d.year() })}
          />
        );
      case 'ytd':
        return (
          <DatePicker
            allowClear={false}
            aria-label={label}
            value={end}
            format={DATE}
            prefix={t('period.ytdTo')}
            onChange={(d: Dayjs | null) => d && onChange({ kind: 'ytd', to: d.format(DATE) })}
          />
        );
      case 'custom':
        return (
          <DatePicker.RangePicker
            allowClear={false}
            aria-label={label}
            format={DATE}
            placeholder={[t('period.from'), t('period.to')]}
            value={[dayjs(range.from, DATE), end]}
            onChange={(dates) => {
              const [from, to] = dates ?? [];
              if (from && to) onChange({ kind: 'custom', from: from.format(DATE), to: to.format(DATE) });
            }}
          />
        );
    }
  })();

  const picks = anchor ? quickPeriods(anchor) : [];
  const quick = anchor && (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'help', type: 'group', label: t('quickPeriod.help', { date: formatIsoDate(anchor, language) }) },
          ...picks.map((pick) => ({ key: pick.key, label: quickPeriodLabel(pick, t, language) })),
        ],
        selectedKeys: picks
          .filter((pick) => serialisePeriod(pick.period) === serialisePeriod(value))
          .map((pick) => pick.key),
        onClick: ({ key }) => {
          const pick = picks.find((candidate) => candidate.key === key);
          if (pick) onChange(pick.period);
        },
      }}
    >
      <Button>
        {t('quickPeriod.label')} <DownOutlined />
      </Button>
    </Dropdown>
  );

  return (
    <Space wrap size={8}>
      <Segmented<PeriodKind>
        size="middle"
        aria-label={label}
        value={value.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`period.kind.${kind}`) }))}
        onChange={(kind) => onChange(convertPeriod(value, kind))}
      />
      {picker}
      {quick}
    </Space>
  );
}
