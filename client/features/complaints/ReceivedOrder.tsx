import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintOrder } from '../../gql/graphql';

/** Newest or oldest first: the one order a complaint list keeps across its keyset pages. */
export function ReceivedOrder(props: {
  value: ComplaintOrder;
  onChange: (order: ComplaintOrder) => void;
  size?: 'small';
}) {
  const { t } = useTranslation();
  return (
    <Segmented
      size={props.size}
      value={props.value}
      options={[
        { value: 'RECEIVED_DESC', label: t('complaints.newest') },
        { value: 'RECEIVED_ASC', label: t('complaints.oldest') },
      ]}
      onChange={(order) => props.onChange(order as ComplaintOrder)}
    />
  );
}
