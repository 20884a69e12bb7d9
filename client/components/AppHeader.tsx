import { Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface AppHeaderProps {
  title: string;
  /** The main menu, between the title and the controls; hidden when printing. */
  nav?: ReactNode;
  /** Controls on the right (language, hierarchy date); hidden when printing. */
  controls?: ReactNode;
  /** Printed in place of the controls, e.g. the hierarchy date the page shows. */
  printNote?: string;
}

export function AppHeader({ title, nav, controls, printNote }: AppHeaderProps) {
  return (
    <Layout.Header style={{ borderBottom: '1px solid #e5e7eb' }}>
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {title}
        </Typography.Title>
        {nav}
        <Flex align="center" gap={24} className="crp-no-print">
          {controls}
        </Flex>
        {printNote && <Typography.Text className="crp-print-only">{printNote}</Typography.Text>}
      </Flex>
    </Layout.Header>
  );
}
