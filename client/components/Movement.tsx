import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Judgement } from '../format/metric';

const TYPE: Record<Judgement, 'success' | 'danger' | 'secondary' | undefined> = {
  better: 'success',
  worse: 'danger',
  same: 'secondary',
  none: undefined,
};

// A change of rank (previousRank − rank): an arrow, the places, and whether it is good news, which
// the caller judges by the ranking's order and the metric's direction (judgeMovement): in a
// descending ranking of complaint rates, falling from 1st to 3rd is an improvement, shown green
// and worded 改善 beside the arrow.
export function Movement({ value, judgement }: { value: number | null | undefined; judgement: Judgement }) {
  const { t } = useTranslation();
  if (value == null) return <Typography.Text type="secondary">—</Typography.Text>;
  const word = judgement === 'none' ? null : t(`figure.${judgement}`);
  if (value === 0) {
    const label = t('rankings.same');
    return (
      <span aria-label={label} title={label}>
        <MinusOutlined style={{ color: '#8c8c8c' }} />
      </span>
    );
  }
  const up = value > 0;
  const places = t(up ? 'rankings.up' : 'rankings.down', { count: Math.abs(value) });
  const label = word ? t('figure.judged', { text: places, word }) : places;
  return (
    <Typography.Text
      type={TYPE[judgement]}
      aria-label={label}
      title={label}
      className={up ? 'crp-move-up' : 'crp-move-down'}
    >
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(value)}
      {word && <span className="crp-move-word"> {word}</span>}
    </Typography.Text>
  );
}
