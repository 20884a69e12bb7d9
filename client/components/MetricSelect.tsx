import { Select } from 'antd';
import type { MetricKey } from '../gql/graphql';

export interface MetricOption {
  key: MetricKey;
  label: string;
}

interface Common {
  options: readonly MetricOption[];
  label: string;
}

export type MetricSelectProps =
  | (Common & { multiple?: false; value: MetricKey; onChange(value: MetricKey): void })
  | (Common & { multiple: true; value: readonly MetricKey[]; onChange(value: MetricKey[]): void; max?: number });

// A metric, or several, from the registry's definitions (labels in the viewer's language).
export function MetricSelect(props: MetricSelectProps) {
  const options = props.options.map((option) => ({ value: option.key, label: option.label }));
  if (props.multiple) {
    return (
      <Select<MetricKey[]>
        mode="multiple"
        aria-label={props.label}
        style={{ minWidth: 320 }}
        maxCount={props.max}
        value={[...props.value]}
        options={options}
        onChange={(value) => value.length > 0 && props.onChange(value)}
      />
    );
  }
  return (
    <Select<MetricKey>
      aria-label={props.label}
      style={{ minWidth: 220 }}
      value={props.value}
      options={options}
      onChange={(value) => props.onChange(value)}
      popupMatchSelectWidth={false}
    />
  );
}
