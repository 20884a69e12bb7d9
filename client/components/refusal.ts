import type { TFunction } from 'i18next';
import type { ErrorCode } from './error-code';

// A FORBIDDEN answer in the viewer's words: what they may not do and why. The server's messages
// are written for users but in English; the cases the client knows are told in the interface's
// language with the values they name, any other keeps the server's own words.

const CASES: { pattern: RegExp; say: (t: TFunction, match: RegExpExecArray) => string }[] = [
  { pattern: /cannot be filtered by channel, line or category/, say: (t) => t('refusal.peerFilter') },
  {
    pattern: /^unit "([^"]+)" is outside what you may see on (\d{4}-\d{2}-\d{2}), and not the parent/,
    say: (t, [, unit, date]) => t('refusal.parentOutside', { unit, date }),
  },
  {
    pattern: /^unit "([^"]+)" is outside what you may see on (\d{4}-\d{2}-\d{2})/,
    say: (t, [, unit, date]) => t('refusal.unitOutside', { unit, date }),
  },
  {
    pattern: /^complaint "([^"]+)" belongs to a unit outside/,
    say: (t, [, ref]) => t('refusal.complaintOutside', { ref }),
  },
  { pattern: /only a unit you may see in full can be read/, say: (t) => t('refusal.peerRecords') },
  { pattern: /sees submitted reports only/, say: (t) => t('refusal.submittedOnly') },
  { pattern: /user administration is open to HQ_ADMIN only/, say: (t) => t('refusal.userAdmin') },
  { pattern: /^(\w+) is not open to the \w+ role$/, say: (t, [, field]) => t('refusal.roleClosed', { field }) },
];

/** Why the server refused, in the interface's language where the case is known. */
export function refusalText(message: string, t: TFunction): string {
  for (const { pattern, say } of CASES) {
    const match = pattern.exec(message);
    if (match) return say(t, match);
  }
  return t('refusal.other', { message });
}

/**
 * Whether asking again can help: a request that never got an answer, or an internal error. A
 * refusal, a bad argument, an unknown unit or an expired session answers the same the next time.
 */
export function mayRetry(code: ErrorCode): boolean {
  return code === 'NETWORK' || code === 'OTHER';
}
