import { Alert, Card, Col, Empty, Flex, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { unitPath, useHierarchyDate } from '../app/routes';
import { errorCode } from '../components/error-code';
import { QueryFailure } from '../components/QueryFailure';
import { SiteSearch } from '../features/search';
import { UnitDetails, UnitNotFound, UnitTree } from '../features/units';
import { graphql } from '../gql';

// /units/:code? — the unit tree at the hierarchy date (?at=) beside the selected unit's details.
// Two queries, so an unknown code in the link leaves the tree usable. The tree starts where the
// viewer's scope does: HQ for headquarters, a branch's or a regulator's own units otherwise.

const UnitsPageTreeQuery = graphql(`
  query UnitsPageTree($at: Date) {
    me {
      roots(at: $at) {
        code
        ...UnitTree_unit
      }
    }
  }
`);

const UnitsPageUnitQuery = graphql(`
  query UnitsPageUnit($code: String!, $at: Date) {
    unit(code: $code, at: $at) {
      code
      ancestors(at: $at) {
        code
      }
      ...UnitDetails_unit
    }
  }
`);

export function UnitsPage() {
  const { code } = useParams();
  const { at, explicit } = useHierarchyDate();
  const { t } = useTranslation();
  const navigate = useNavigate();

  const [tree, reloadTree] = useQuery({ query: UnitsPageTreeQuery, variables: { at } });
  const [selected, reloadSelected] = useQuery({
    query: UnitsPageUnitQuery,
    variables: { code: code ?? '', at },
    pause: !code,
  });
  const retry = (reload: typeof reloadTree) => () => reload({ requestPolicy: 'network-only' });

  const treeBody = tree.fetching ? (
    <Skeleton active paragraph={{ rows: 8 }} />
  ) : tree.error ? (
    <QueryFailure error={tree.error} onRetry={retry(reloadTree)} />
  ) : (
    <UnitTree
      key={at}
      roots={tree.data?.me?.roots ?? []}
      at={at}
      selected={code}
      expandTo={selected.data?.unit?.ancestors.map((ancestor) => ancestor.code)}
      onSelect={(next) => void navigate(unitPath(next, explicit))}
    />
  );

  const unitNotFound =
    !!code &&
    !selected.fetching &&
    (selected.error ? errorCode(selected.error) === 'NOT_FOUND' : selected.data?.unit === null);
  // A unit outside the viewer's scope (a link from a colleague at headquarters): said plainly, no retry.
  const unitForbidden = !!code && !selected.fetching && !!selected.error && errorCode(selected.error) === 'FORBIDDEN';
  const detailsBody = !code ? (
    <Empty description={t('unitsPage.pick')} />
  ) : selected.fetching ? (
    <Skeleton active paragraph={{ rows: 6 }} />
  ) : unitNotFound ? (
    <UnitNotFound code={code} backHref={unitPath(null, explicit)} />
  ) : unitForbidden ? (
    <Alert type="warning" showIcon title={t('state.forbidden')} />
  ) : selected.error ? (
    <QueryFailure error={selected.error} onRetry={retry(reloadSelected)} />
  ) : selected.data?.unit ? (
    <UnitDetails unit={selected.data.unit} at={at} />
  ) : null;

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={8} xl={6} className="crp-no-print">
        <Card title={t('unitTree.title')} size="small">
          <Flex vertical gap={12}>
            {/* Among ~1,500 units: found by name or code on the tree's date, then opened in the tree. */}
            <SiteSearch
              at={at}
              label={t('search.treeLabel')}
              placeholder={t('search.treePlaceholder')}
              unitHref={(next) => unitPath(next, explicit)}
              onOpen={(href) => void navigate(href)}
              style={{ width: '100%' }}
            />
            {treeBody}
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={16} xl={18} className="crp-print-full">
        <Card>{detailsBody}</Card>
      </Col>
    </Row>
  );
}
