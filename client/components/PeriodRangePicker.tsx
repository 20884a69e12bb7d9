import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PeriodRange } from '../app/url-state/period';

const DATE = 'YYYY-MM-DD';

export interface PeriodRangePreset {
  label: string;
  range: PeriodRange;
}

export interface PeriodRangePickerProps {
  value: PeriodRange;
  onChange: (range: PeriodRange) => void;
  presets: readonly PeriodRangePreset[];
  label: string;
  placeholder: [string, string];
}

// Any inclusive range of Shanghai dates, with quick picks beside the calendars (本年至今, 上年, …):
// a report covers whatever period it is asked for, not only whole months or quarters.
export function PeriodRangePicker({ value, onChange, presets, label, placeholder }: PeriodRangePickerProps) {
  return (
    <DatePicker.RangePicker
      allowClear={false}
      aria-label={label}
      format={DATE}
      placeholder={placeholder}
      value={[dayjs(value.from, DATE), dayjs(value.to, DATE)]}
      presets={presets.map((preset) => ({
        label: preset.label,
        value: [dayjs(preset.range.from, DATE), dayjs(preset.range.to, DATE)] as [Dayjs, Dayjs],
      }))}
      onChange={(dates) => {
        const [from, to] = dates ?? [];
        if (from && to) onChange({ from: from.format(DATE), to: to.format(DATE) });
      }}
    />
  );
}
