import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';

export interface UserMenuProps {
  username: string;
  /** The role in the viewer's language. */
  role: string;
  signOutLabel: string;
  signingOut?: boolean;
  onSignOut: () => void;
}

// Who is signed in, and the way out.
export function UserMenu({ username, role, signOutLabel, signingOut, onSignOut }: UserMenuProps) {
  return (
    <Space size={8} wrap>
      <UserOutlined />
      {/* A name is never broken a character per line, however narrow the header. */}
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
        {username}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {role}
      </Typography.Text>
      <Button size="small" icon={<LogoutOutlined />} loading={signingOut} onClick={onSignOut}>
        {signOutLabel}
      </Button>
    </Space>
  );
}
