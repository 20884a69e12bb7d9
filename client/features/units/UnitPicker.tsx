import { Select } from 'antd';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { UnitPicker_UnitFragment } from '../../gql/graphql';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { unitName } from './unit-name';

// Choosing units by name or code, among the units of the tree at the view's date ($at), each
// labelled with its level so the two 广州 (city, then province) cannot be mixed up.
export const UnitPicker_unit = graphql(`
  fragment UnitPicker_unit on Unit {
    code
    nameZh
    nameEn
    level(at: $at)
    childCount(at: $at)
  }
`);

interface Common {
  units: readonly FragmentType<typeof UnitPicker_unit>[];
  label: string;
  placeholder?: string;
  /** Only units for which this holds are offered (e.g. those with children, as parents). */
  offer?: (unit: UnitPicker_UnitFragment) => boolean;
  loading?: boolean;
}

export type UnitPickerProps =
  | (Common & { multiple?: false; value: string | null; onChange: (code: string | null) => void })
  | (Common & { multiple: true; value: readonly string[]; onChange: (codes: string[]) => void; max: number });

export function UnitPicker(props: UnitPickerProps) {
  const units = getFragmentData(UnitPicker_unit, props.units);
  const { t } = useTranslation();
  const language = useLanguage();
  const options = units.flatMap((unit) =>
    unit.level && (props.offer?.(unit) ?? true)
      ? [
          {
            value: unit.code,
            label: t('unitView.unitOption', { name: unitName(unit, language), level: t(`level.${unit.level}`) }),
            search: `${unit.code} ${unit.nameZh} ${unit.nameEn ?? ''}`.toLowerCase(),
          },
        ]
      : [],
  );
  const common = {
    showSearch: {
      filterOption: (input: string, option?: { search: string }) => !!option?.search.includes(input.toLowerCase()),
    },
    options,
    loading: props.loading,
    placeholder: props.placeholder,
    'aria-label': props.label,
    popupMatchSelectWidth: false,
  } as const;
  if (props.multiple) {
    return (
      <Select<string[], (typeof options)[number]>
        {...common}
        mode="multiple"
        maxCount={props.max}
        style={{ minWidth: 360 }}
        value={[...props.value]}
        onChange={(codes) => props.onChange(codes)}
      />
    );
  }
  // Cleared, the select hands undefined to onChange.
  return (
    <Select<string | undefined, (typeof options)[number]>
      {...common}
      allowClear
      style={{ minWidth: 220 }}
      value={props.value ?? undefined}
      onChange={(code) => props.onChange(code ?? null)}
    />
  );
}
