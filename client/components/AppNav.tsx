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
  /** Horizontal in the header; vertical in the drawer of a narrow screen. */
  mode?: 'horizontal' | 'vertical';
}

// The main menu. Items are links, so they open in a new tab too and carry the URL state.
export function AppNav({ items, selected, label, mode = 'horizontal' }: AppNavProps) {
  return (
    <nav aria-label={label} className="crp-no-print">
      <Menu
        mode={mode === 'horizontal' ? 'horizontal' : 'inline'}
        selectedKeys={selected ? [selected] : []}
        style={mode === 'horizontal' ? { borderBottom: 'none', lineHeight: '54px' } : { borderInlineEnd: 'none' }}
        items={items.map((item) => ({ key: item.key, label: <Link to={item.href}>{item.label}</Link> }))}
      />
    </nav>
  );
}
