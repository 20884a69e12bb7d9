import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Basis } from '../format/metric';

// Which complaints a figure counts, beside the figure: 全部投诉 or 考核口径. Two figures under the
// same label differ when their bases do (Guangzhou's 32.48 of all complaints, 28.86 assessed).
export function BasisTag({ basis }: { basis: Basis | null }) {
  const { t } = useTranslation();
  if (!basis) return null;
  return (
    <Tag
      className="crp-basis"
      color={basis === 'ASSESSED' ? 'gold' : 'default'}
      variant="filled"
      style={{ marginInline: 4, fontWeight: 'normal' }}
    >
      {t(`figure.basis.${basis}`)}
    </Tag>
  );
}
