import { Card, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { QueryFailure } from './QueryFailure';

export interface DataCardProps {
  title: ReactNode;
  /** Controls on the card's title bar (export, a metric choice); hidden while loading or failed. */
  extra?: ReactNode;
  fetching: boolean;
  error?: CombinedError;
  /** True when the answer holds nothing to show. */
  empty: boolean;
  emptyText?: string;
  onRetry?: () => void;
  /** Rows of the loading skeleton, about the height of the content. */
  skeletonRows?: number;
  children?: ReactNode;
}

// The frame of every data widget: Loading, Failure, Empty and Success each look designed, never blank.
export function DataCard({
  title,
  extra,
  fetching,
  error,
  empty,
  emptyText,
  onRetry,
  skeletonRows = 6,
  children,
}: DataCardProps) {
  const { t } = useTranslation();
  const state = fetching ? 'loading' : error ? 'failure' : empty ? 'empty' : 'success';
  return (
    <Card
      title={title}
      size="small"
      extra={state === 'success' ? <span className="crp-no-print">{extra}</span> : undefined}
      className="crp-widget"
      data-state={state}
    >
      {state === 'loading' && <Skeleton active title={false} paragraph={{ rows: skeletonRows }} />}
      {state === 'failure' && error && <QueryFailure error={error} onRetry={onRetry} />}
      {state === 'empty' && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('widget.empty')} />}
      {state === 'success' && children}
    </Card>
  );
}
