import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

// A change of rank (previousRank − rank): an arrow and the places. Not coloured good or bad: in a
// descending ranking of complaint rates, moving up is bad news; the arrow only says which way.
export function Movement({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  if (value == null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (value === 0) {
    return (
      <span aria-label={t('rankings.same')} title={t('rankings.same')}>
        <MinusOutlined style={{ color: '#8c8c8c' }} />
      </span>
    );
  }
  const up = value > 0;
  const label = t(up ? 'rankings.up' : 'rankings.down', { count: Math.abs(value) });
  return (
    <span aria-label={label} title={label} className={up ? 'crp-move-up' : 'crp-move-down'}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(value)}
    </span>
  );
}
