import { Alert, Breadcrumb, Descriptions, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnitHref } from '../../app/routes';
import { formatIsoDate } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import { unitName } from './unit-name';

// Everything the details panel shows about one unit at the hierarchy date ($at of the query).
export const UnitDetails_unit = graphql(`
  fragment UnitDetails_unit on Unit {
    code
    nameZh
    nameEn
    kind
    level(at: $at)
    parent(at: $at) {
      code
      nameZh
      nameEn
    }
    ancestors(at: $at) {
      code
      nameZh
      nameEn
    }
    children(at: $at) {
      code
      nameZh
      nameEn
    }
  }
`);

export interface UnitDetailsProps {
  unit: FragmentType<typeof UnitDetails_unit>;
  /** The hierarchy date the fragment was read at, YYYY-MM-DD. */
  at: string;
}

export function UnitDetails(props: UnitDetailsProps) {
  const unit = getFragmentData(UnitDetails_unit, props.unit);
  const { t } = useTranslation();
  const language = useLanguage();
  const unitHref = useUnitHref();
  const name = unitName(unit, language);
  const none = <Typography.Text type="secondary">{t('unitDetails.none')}</Typography.Text>;

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        aria-label={t('unitDetails.breadcrumb')}
        items={[
          ...unit.ancestors.map((ancestor) => ({
            key: ancestor.code,
            title: <Link to={unitHref(ancestor.code)}>{unitName(ancestor, language)}</Link>,
          })),
          { key: unit.code, title: name },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {name}
      </Typography.Title>
      {unit.level == null && (
        <Alert
          type="warning"
          showIcon
          title={t('unitDetails.notInTree', { date: formatIsoDate(props.at, language) })}
        />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('unitDetails.code')}>{unit.code}</Descriptions.Item>
        <Descriptions.Item label={t('unitDetails.level')}>
          {unit.level ? t(`level.${unit.level}`) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('unitDetails.nameZh')}>{unit.nameZh}</Descriptions.Item>
        <Descriptions.Item label={t('unitDetails.nameEn')}>{unit.nameEn ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('unitDetails.kind')}>{t(`kind.${unit.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('unitDetails.parent')}>
          {unit.parent ? <Link to={unitHref(unit.parent.code)}>{unitName(unit.parent, language)}</Link> : none}
        </Descriptions.Item>
      </Descriptions>
      <section aria-label={t('unitDetails.children', { count: unit.children.length })}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('unitDetails.children', { count: unit.children.length })}
        </Typography.Title>
        {unit.children.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unitDetails.noChildren')} />
        ) : (
          <Flex wrap gap="8px 24px">
            {unit.children.map((child) => (
              <Link key={child.code} to={unitHref(child.code)}>
                {unitName(child, language)}
              </Link>
            ))}
          </Flex>
        )}
      </section>
    </Flex>
  );
}
