import { Typography } from 'antd';
import type { Judgement } from '../format/metric';

const TYPE: Record<Judgement, 'success' | 'danger' | 'secondary' | undefined> = {
  better: 'success',
  worse: 'danger',
  same: 'secondary',
  none: undefined,
};

// A change in words (同比 -38.72%), green when it is an improvement and red when not, by the
// metric's direction; the text carries the sign, so the colour is never the only signal.
export function ChangeText({ text, judgement }: { text: string; judgement: Judgement }) {
  return <Typography.Text type={TYPE[judgement]}>{text}</Typography.Text>;
}
