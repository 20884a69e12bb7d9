import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface UnitNotFoundProps {
  code: string;
  /** Where "back to the unit tree" leads, keeping the hierarchy date. */
  backHref: string;
}

// An unknown code in a link (a typo, a unit merged away) deserves a clear answer, not a blank page.
export function UnitNotFound({ code, backHref }: UnitNotFoundProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="warning"
      title={t('unitNotFound.title')}
      subTitle={t('unitNotFound.detail', { code })}
      extra={
        <Button type="primary" onClick={() => void navigate(backHref)}>
          {t('unitNotFound.back')}
        </Button>
      }
    />
  );
}
