import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { InvalidParams } from './InvalidParams';

export interface ViewHeaderProps {
  title: ReactNode;
  /** What the view shows, e.g. the period in words; printed under the title. */
  subtitle?: ReactNode;
  /** URL parameters the view could not use (it shows its defaults instead), each named in a warning. */
  invalid?: readonly { key: string; raw: string }[];
  /** The view's controls: period, metric, filters. Hidden on paper. */
  children?: ReactNode;
}

// The top of every view: its title and period, the controls that shape it, and a warning when the
// link held values the view could not use.
export function ViewHeader({ title, subtitle, invalid = [], children }: ViewHeaderProps) {
  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      <InvalidParams invalid={invalid} />
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
