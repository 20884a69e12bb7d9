import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface NoAccessProps {
  /** Where "back to my home page" leads. */
  homeHref: string;
}

// A page outside the viewer's scope (an edited address, an old link): say so plainly, and offer the
// way back, rather than a failed widget that invites a retry.
export function NoAccess({ homeHref }: NoAccessProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('noAccess.title')}
      subTitle={t('noAccess.detail')}
      extra={
        <Button type="primary" onClick={() => void navigate(homeHref)}>
          {t('noAccess.home')}
        </Button>
      }
    />
  );
}
