import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorCode, errorMessage } from './error-code';
import { mayRetry, refusalText } from './refusal';

export interface QueryFailureProps {
  error: CombinedError;
  onRetry?: () => void;
}

// The Failure state every data widget shows: what went wrong in the viewer's language. A refusal
// says what the viewer may not do and why, as a warning without a retry (asking again cannot help);
// only a lost connection or an internal error offers one.
export function QueryFailure({ error, onRetry }: QueryFailureProps) {
  const { t } = useTranslation();
  const message = errorMessage(error);
  const code = errorCode(error);
  if (code === 'FORBIDDEN') {
    return (
      <Alert type="warning" showIcon role="alert" title={t('refusal.title')} description={refusalText(message, t)} />
    );
  }
  const description = {
    NETWORK: t('state.network'),
    UNAUTHENTICATED: t('state.unauthenticated'),
    RATE_LIMITED: t('signIn.rateLimited'),
    BAD_USER_INPUT: t('state.badInput', { message }),
    NOT_FOUND: t('state.unknown', { message }),
    OTHER: t('state.unknown', { message }),
  }[code];
  return (
    <Alert
      type="error"
      showIcon
      title={t('state.failed')}
      description={description}
      action={
        onRetry &&
        mayRetry(code) && (
          <Button size="small" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )
      }
    />
  );
}
