import { DatePicker, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'YYYY-MM-DD';

export interface HierarchyDatePickerProps {
  /** YYYY-MM-DD, or null for "today". */
  value: string | null;
  onChange: (date: string | null) => void;
  label: string;
  placeholder: string;
  help: string;
}

// A calendar date, not an instant: dayjs parses and formats it in the browser's zone on both
// sides, so the day never shifts, whatever that zone is.
export function HierarchyDatePicker({ value, onChange, label, placeholder, help }: HierarchyDatePickerProps) {
  return (
    <Space size={8}>
      <Tooltip title={help}>
        <Typography.Text type="secondary">{label}</Typography.Text>
      </Tooltip>
      <DatePicker
        aria-label={label}
        size="small"
        format={FORMAT}
        placeholder={placeholder}
        value={value ? dayjs(value, FORMAT) : null}
        onChange={(date) => onChange(date ? date.format(FORMAT) : null)}
        allowClear
      />
    </Space>
  );
}
