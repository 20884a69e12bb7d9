import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Judgement } from '../format/metric';

const TYPE: Record<Judgement, 'success' | 'danger' | 'secondary' | undefined> = {
  better: 'success',
  worse: 'danger',
  same: 'secondary',
  none: undefined,
};

// A change in words (同比 -38.72%（改善）), green when it is an improvement and red when not, by the
// metric's direction; the text carries the sign and the judgement's word, so the colour is never
// the only signal. A metric without a better direction (premium) is neither coloured nor judged.
export function ChangeText({ text, judgement }: { text: string; judgement: Judgement }) {
  const { t } = useTranslation();
  return <Typography.Text type={TYPE[judgement]}>{judgedText(text, judgement, t)}</Typography.Text>;
}

/** The text with its judgement's word, for the screen and exports alike. */
export function judgedText(text: string, judgement: Judgement, t: TFunction): string {
  if (judgement === 'none') return text;
  return t('figure.judged', { text, word: t(`figure.${judgement}`) });
}
