import { MenuOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, Popover, Typography } from 'antd';
import { useState, type ReactNode } from 'react';

export interface AppHeaderProps {
  title: string;
  /** The main menu, between the title and the controls; hidden when printing. */
  nav?: ReactNode;
  /** The same menu for the drawer of a narrow screen (a vertical list). */
  drawerNav?: ReactNode;
  /** The search box: behind a button beside the controls on a wide screen, at the drawer's top on a narrow one. */
  search?: (place: 'popover' | 'drawer') => ReactNode;
  /** The search button's name (and tooltip). */
  searchLabel?: string;
  /** Controls on the right (language, hierarchy date, who is signed in); hidden when printing. */
  controls?: ReactNode;
  /** Printed in place of the controls, e.g. the hierarchy date the page shows. */
  printNote?: string;
  /** The drawer button's name for screen readers, and the drawer's title. */
  menuLabel: string;
  menuTitle: string;
  /** Changes when the viewer goes elsewhere (the location): the drawer then closes. */
  place: string;
}

// The top of every page. On a wide screen: title, menu, a search button and controls in one line. On a narrow
// one (a phone; below 992 px, global.css) the menu, search and controls move into a drawer opened by
// a button, so nothing is squeezed to nothing or pushes the page wider than the screen.
export function AppHeader({
  title,
  nav,
  drawerNav,
  search,
  searchLabel,
  controls,
  printNote,
  menuLabel,
  menuTitle,
  place,
}: AppHeaderProps) {
  const [open, setOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  // Elsewhere, the drawer and the search close: adjusted while rendering, before anything is drawn open.
  const [shownPlace, setShownPlace] = useState(place);
  if (place !== shownPlace) {
    setShownPlace(place);
    setOpen(false);
    setSearching(false);
  }
  return (
    <Layout.Header className="crp-header" style={{ borderBottom: '1px solid #e5e7eb' }}>
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {title}
        </Typography.Title>
        <div className="crp-wide-only crp-no-print" style={{ flex: 1, minWidth: 0 }}>
          {nav}
        </div>
        <Flex align="center" gap={16} className="crp-wide-only crp-no-print" style={{ flexShrink: 0 }}>
          {search && (
            <Popover
              open={searching && !open}
              onOpenChange={setSearching}
              trigger="click"
              placement="bottomRight"
              content={search('popover')}
              destroyOnHidden
            >
              <Button type="text" icon={<SearchOutlined />} aria-label={searchLabel} title={searchLabel} />
            </Popover>
          )}
          {controls}
        </Flex>
        <Button
          className="crp-narrow-only crp-no-print"
          icon={<MenuOutlined />}
          aria-label={menuLabel}
          aria-expanded={open}
          onClick={() => setOpen(true)}
        />
        {printNote && <Typography.Text className="crp-print-only">{printNote}</Typography.Text>}
      </Flex>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={menuTitle}
        placement="right"
        size={300}
        className="crp-no-print"
      >
        <Flex vertical gap={16} align="stretch">
          {search?.('drawer')}
          {drawerNav}
          <Flex vertical gap={12} align="flex-start">
            {controls}
          </Flex>
        </Flex>
      </Drawer>
    </Layout.Header>
  );
}
