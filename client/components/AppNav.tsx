import { Menu } from 'antd';
import { Link } from 'react-router';

export interface NavItem {
  key: string;
  label: string;
  href: string;
}

export interface AppNavProps {
  items: readonly NavItem[];
  selected: string | null;
  label: string;
}

// The main menu in the header. Items are links, so they open in a new tab too and carry the URL state.
export function AppNav({ items, selected, label }: AppNavProps) {
  return (
    <nav aria-label={label} style={{ flex: 1, minWidth: 0 }} className="crp-no-print">
      <Menu
        mode="horizontal"
        selectedKeys={selected ? [selected] : []}
        style={{ borderBottom: 'none', lineHeight: '54px' }}
        items={items.map((item) => ({ key: item.key, label: <Link to={item.href}>{item.label}</Link> }))}
      />
    </nav>
  );
}
