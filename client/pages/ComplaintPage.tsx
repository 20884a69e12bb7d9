import { Button, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { orgPath, sharedSearch } from '../app/routes';
import { SHARED_KEYS } from '../app/url-state/views';
import { homePath, useViewer } from '../app/viewer';
import { errorCode } from '../components/error-code';
import { QueryFailure } from '../components/QueryFailure';
import { ComplaintDetail } from '../features/complaints';
import { NoAccess, UnitBreadcrumb, unitName } from '../features/units';
import { graphql } from '../gql';
import { useLanguage } from '../i18n';

// /complaints/:ref — one complaint with its timeline, under the breadcrumb of its responsible unit.

const ComplaintPageQuery = graphql(`
  query ComplaintPage($ref: String!, $at: Date) {
    complaint(ref: $ref) {
      receivedDate
      unit {
        code
        nameZh
        nameEn
        ...UnitBreadcrumb_unit
      }
      ...ComplaintDetail_complaint
    }
  }
`);

export function ComplaintPage() {
  const { ref = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The unit's place in the tree as it stands today ($at left out): where the complaint sits now.
  const [result, reload] = useQuery({ query: ComplaintPageQuery, variables: { ref } });
  const search = sharedSearch(params, SHARED_KEYS);
  const unitHref = (code: string) => (viewer.mayOpenUnit(code) ? orgPath(code, search) : null);

  if (result.fetching) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (result.error && errorCode(result.error) === 'NOT_FOUND') {
    return (
      <Result
        status="warning"
        title={t('complaint.notFound')}
        subTitle={t('complaint.notFoundDetail', { ref })}
        extra={<Button onClick={() => void navigate(-1)}>{t('notFound.home')}</Button>}
      />
    );
  }
  if (result.error && errorCode(result.error) === 'FORBIDDEN') return <NoAccess homeHref={homePath(viewer)} />;
  if (result.error)
    return <QueryFailure error={result.error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const complaint = result.data?.complaint;
  if (!complaint) return null;
  const unitLink = unitHref(complaint.unit.code);
  return (
    <Flex vertical gap={16}>
      <UnitBreadcrumb unit={complaint.unit} unitHref={unitHref} />
      <Flex align="baseline" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('complaint.title')} {ref}
        </Typography.Title>
        {unitLink && (
          <Link className="crp-no-print" to={unitLink}>
            {t('complaint.back', { unit: unitName(complaint.unit, language) })}
          </Link>
        )}
      </Flex>
      <ComplaintDetail complaint={complaint} unitHref={unitLink} />
    </Flex>
  );
}
