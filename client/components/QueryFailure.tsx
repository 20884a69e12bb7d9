import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorCode, errorMessage } from './error-code';

export interface QueryFailureProps {
  error: CombinedError;
  onRetry?(): void;
}

// The Failure state every data widget shows: what went wrong in the viewer's language, and a retry.
export function QueryFailure({ error, onRetry }: QueryFailureProps) {
  const { t } = useTranslation();
  const message = errorMessage(error);
  const description = {
    NETWORK: t('state.network'),
    FORBIDDEN: t('state.forbidden'),
    UNAUTHENTICATED: t('state.unauthenticated'),
    RATE_LIMITED: t('signIn.rateLimited'),
    BAD_USER_INPUT: t('state.badInput', { message }),
    NOT_FOUND: t('state.unknown', { message }),
    OTHER: t('state.unknown', { message }),
  }[errorCode(error)];
  return (
    <Alert
      type="error"
      showIcon
      title={t('state.failed')}
      description={description}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )
      }
    />
  );
}
