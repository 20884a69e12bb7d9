import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import { unitName } from './unit-name';

// HQ → province → city → county, at the view's date ($at): each ancestor a link up the drill-down.
export const UnitBreadcrumb_unit = graphql(`
  fragment UnitBreadcrumb_unit on Unit {
    code
    nameZh
    nameEn
    ancestors(at: $at) {
      code
      nameZh
      nameEn
    }
  }
`);

export interface UnitBreadcrumbProps {
  unit: FragmentType<typeof UnitBreadcrumb_unit>;
  /** The link to an ancestor's page, or null where the viewer may not open it (shown as text). */
  unitHref: (code: string) => string | null;
}

export function UnitBreadcrumb(props: UnitBreadcrumbProps) {
  const unit = getFragmentData(UnitBreadcrumb_unit, props.unit);
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Breadcrumb
      aria-label={t('unitDetails.breadcrumb')}
      items={[
        ...unit.ancestors.map((ancestor) => {
          const href = props.unitHref(ancestor.code);
          const name = unitName(ancestor, language);
          return { key: ancestor.code, title: href ? <Link to={href}>{name}</Link> : name };
        }),
        { key: unit.code, title: unitName(unit, language) },
      ]}
    />
  );
}
