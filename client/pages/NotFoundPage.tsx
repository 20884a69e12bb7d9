import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

// Any path no route claims. The server answers every non-/graphql path with index.html, so
// mistyped addresses land here rather than on a server error.
export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Result
      status="warning"
      title={t('notFound.title')}
      subTitle={t('notFound.detail', { path: pathname })}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
