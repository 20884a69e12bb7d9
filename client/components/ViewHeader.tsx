import { Alert, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ViewHeaderProps {
  title: ReactNode;
  /** What the view shows, e.g. the period in words; printed under the title. */
  subtitle?: ReactNode;
  /** URL parameters that were present but invalid (the view fell back to defaults). */
  invalid?: readonly { key: string; raw: string }[];
  /** The view's controls: period, metric, filters. Hidden on paper. */
  children?: ReactNode;
}

// The top of every view: its title and period, the controls that shape it, and a warning when the
// link held values the view could not use.
export function ViewHeader({ title, subtitle, invalid = [], children }: ViewHeaderProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {invalid.map(({ key, raw }) => (
        <Alert key={key} type="warning" showIcon title={t('period.invalidParam', { key, value: raw })} />
      ))}
      {children && (
        <Card size="small" className="crp-no-print">
          <Flex vertical gap={8}>
            {children}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
