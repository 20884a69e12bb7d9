import { Button, Empty, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { formatIsoDate } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { UnitTree_UnitFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { unitName } from './unit-name';

// The organisation tree at one hierarchy date. Only the roots come from the page's query; each
// node's children are fetched when it is first expanded (the tree has ~3,100 units), and
// childCount says beforehand which nodes have an expander at all.
export const UnitTree_unit = graphql(`
  fragment UnitTree_unit on Unit {
    code
    nameZh
    nameEn
    childCount(at: $at)
  }
`);

const UnitTreeChildrenQuery = graphql(`
  query UnitTreeChildren($parent: String!, $at: Date) {
    units(parent: $parent, at: $at) {
      ...UnitTree_unit
    }
  }
`);

type Children = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; units: UnitTree_UnitFragment[] };

export interface UnitTreeProps {
  roots: readonly FragmentType<typeof UnitTree_unit>[];
  /** The hierarchy date, YYYY-MM-DD. Remount the tree (key) when it changes. */
  at: string;
  selected?: string;
  /** Codes to expand so the selected unit is visible: its ancestors. */
  expandTo?: readonly string[];
  onSelect: (code: string) => void;
}

export function UnitTree({ roots: maskedRoots, at, selected, expandTo = [], onSelect }: UnitTreeProps) {
  const roots = getFragmentData(UnitTree_unit, maskedRoots);
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const [expanded, setExpanded] = useState<string[]>(() => [
    ...new Set([...roots.map((root) => root.code), ...expandTo]),
  ]);
  const [children, setChildren] = useState<Partial<Record<string, Children>>>({});
  // Requests already started, so a re-render (or React's double effect in development) never
  // fetches the same node twice.
  const requested = useRef(new Set<string>());

  // A newly selected unit's ancestors open too, keeping what the viewer opened. Kept as an effect: the
  // render-time adjustment React's docs suggest once left a ?at= tree closed under a loaded machine
  // (test/e2e/shell.e2e.test.ts), which is not understood yet.
  const expandToKey = expandTo.join('/');
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    if (expandToKey) setExpanded((current) => [...new Set([...current, ...expandToKey.split('/')])]);
  }, [expandToKey]);

  useEffect(() => {
    for (const code of expanded) {
      if (requested.current.has(code)) continue;
      requested.current.add(code);
      setChildren((current) => ({ ...current, [code]: { status: 'loading' } }));
      void client
        .query(UnitTreeChildrenQuery, { parent: code, at })
        .toPromise()
        .then((result) => {
          const loaded: Children = result.data
            ? { status: 'loaded', units: [...getFragmentData(UnitTree_unit, result.data.units)] }
            : { status: 'failed' };
          setChildren((current) => ({ ...current, [code]: loaded }));
        });
    }
  }, [expanded, client, at]);

  const retry = (code: string) => {
    requested.current.delete(code);
    setExpanded((current) => [...current]);
  };

  const placeholder = (code: string, state: Children | undefined): TreeDataNode => {
    const failed = state?.status === 'failed';
    return {
      key: `${code}/${failed ? 'failed' : 'loading'}`,
      selectable: false,
      isLeaf: true,
      title: failed ? (
        <Typography.Text type="danger">
          {t('unitTree.childrenFailed')}{' '}
          <Button type="link" size="small" onClick={() => retry(code)}>
            {t('state.retry')}
          </Button>
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">
          <Spin size="small" /> {t('unitTree.loadingChildren')}
        </Typography.Text>
      ),
    };
  };

  const toNodes = (units: readonly UnitTree_UnitFragment[]): TreeDataNode[] =>
    units.map((unit) => {
      const state = children[unit.code];
      return {
        key: unit.code,
        isLeaf: unit.childCount === 0,
        title: (
          <span>
            {unitName(unit, language)}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {unit.code}
            </Typography.Text>
          </span>
        ),
        children:
          unit.childCount === 0
            ? undefined
            : state?.status === 'loaded'
              ? toNodes(state.units)
              : [placeholder(unit.code, state)],
      };
    });

  if (roots.length === 0) {
    return <Empty description={t('unitTree.empty', { date: formatIsoDate(at, language) })} />;
  }
  return (
    <Tree
      blockNode
      showLine
      treeData={toNodes(roots)}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      selectedKeys={selected ? [selected] : []}
      onSelect={(_, info) => onSelect(String(info.node.key))}
    />
  );
}
