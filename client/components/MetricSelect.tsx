import { Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MetricKey } from '../gql/graphql';

export interface MetricOption {
  key: MetricKey;
  label: string;
  /** What the metric counts, shown under its name in the list (a phone has no hover). */
  description?: string;
}

interface Common {
  options: readonly MetricOption[];
  label: string;
}

export type MetricSelectProps =
  | (Common & { multiple?: false; value: MetricKey; onChange: (value: MetricKey) => void })
  | (Common & { multiple: true; value: readonly MetricKey[]; onChange: (value: MetricKey[]) => void; max?: number });

// A metric, or several, from the registry's definitions (labels in the viewer's language), each
// option with its definition under its name, so a reader choosing knows what each one counts.
export function MetricSelect(props: MetricSelectProps) {
  const options = props.options.map((option) => ({ value: option.key, label: option.label }));
  const descriptions = new Map(props.options.map((option) => [option.key, option.description]));
  const optionRender = (option: { label?: ReactNode; value?: string | number | null }) => {
    const description = descriptions.get(option.value as MetricKey);
    return (
      <div style={{ whiteSpace: 'normal', maxWidth: 420 }}>
        <div>{option.label}</div>
        {description && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {description}
          </Typography.Text>
        )}
      </div>
    );
  };
  if (props.multiple) {
    return (
      <Select<MetricKey[]>
        mode="multiple"
        aria-label={props.label}
        style={{ minWidth: 320 }}
        maxCount={props.max}
        value={[...props.value]}
        options={options}
        optionRender={optionRender}
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
      optionRender={optionRender}
      onChange={(value) => props.onChange(value)}
      popupMatchSelectWidth={false}
    />
  );
}
