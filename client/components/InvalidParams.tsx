import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export interface InvalidParamsProps {
  /** URL parameters the view could not use (it shows its defaults instead). */
  invalid: readonly { key: string; raw: string }[];
}

// One warning per link parameter the view ignored, naming the parameter in words, its key and the
// value, so a mistyped or outdated link never silently shows something else.
export function InvalidParams({ invalid }: InvalidParamsProps) {
  const { t } = useTranslation();
  if (invalid.length === 0) return null;
  return (
    <Flex vertical gap={8}>
      {invalid.map(({ key, raw }) => (
        <Alert
          key={key}
          type="warning"
          showIcon
          title={t('linkParam.invalid', {
            name: t(`linkParam.name.${key}` as 'linkParam.name.p', { defaultValue: key }),
            key,
            value: raw,
          })}
        />
      ))}
    </Flex>
  );
}
