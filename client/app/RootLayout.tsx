import { Alert, Layout } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { AppHeader } from '../components/AppHeader';
import { AppNav, type NavItem } from '../components/AppNav';
import { HierarchyDatePicker } from '../components/HierarchyDatePicker';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { UserMenu } from '../components/UserMenu';
import { SiteSearch } from '../features/search';
import { formatIsoDate, todayInShanghai } from '../format/shanghai-date';
import { graphql } from '../gql';
import { setLanguage, useLanguage } from '../i18n';
import { useSession } from './auth';
import { complaintPath, orgPath, reportsPath, sharedSearch, unitPath, useHierarchyDate } from './routes';
import { SHARED_KEYS } from './url-state/views';
import { can, useViewer, type Viewer } from './viewer';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

// The frame of every page: header (product name, menu, search, hierarchy date, language, who is
// signed in; in a drawer on a phone) and the routed page. It wires URL state and the language to the
// props-only parts in components/.
export function RootLayout() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { at, explicit, invalid, setAt } = useHierarchyDate();
  const { viewer: me, renew } = useSession();
  const [signOut, sendSignOut] = useMutation(SignOutMutation);
  const viewer = useViewer();
  const [params] = useSearchParams();
  const { pathname, search: place } = useLocation();
  const navigate = useNavigate();
  // The hierarchy date belongs to the unit tree; the analytic views use the tree at their period's end.
  const onTree = pathname.startsWith('/units');
  const shared = sharedSearch(params, SHARED_KEYS);
  const items = navItems(viewer, shared, explicit).map((item) => ({
    ...item,
    label: t(`nav.${item.key}` as 'nav.overview'),
  }));

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader
        title={t('app.name')}
        nav={<AppNav items={items} selected={selectedNav(pathname)} label={t('nav.label')} />}
        drawerNav={<AppNav mode="vertical" items={items} selected={selectedNav(pathname)} label={t('nav.label')} />}
        search={(place) => (
          <SiteSearch
            autoFocus={place === 'popover'}
            style={place === 'drawer' ? { width: '100%' } : undefined}
            label={t('search.label')}
            placeholder={t('search.placeholder')}
            unitHref={(code) => orgPath(code, shared)}
            complaintHref={can(viewer, 'complaints') ? (ref) => complaintPath(ref, shared) : undefined}
            onOpen={(href) => void navigate(href)}
          />
        )}
        searchLabel={t('search.label')}
        menuLabel={t('shell.openMenu')}
        menuTitle={t('shell.menu')}
        place={pathname + place}
        printNote={onTree ? t('hierarchyDate.printed', { date: formatIsoDate(at, language) }) : undefined}
        controls={
          <>
            {onTree && (
              <HierarchyDatePicker
                value={explicit}
                onChange={setAt}
                label={t('hierarchyDate.label')}
                placeholder={t('hierarchyDate.placeholder')}
                help={t('hierarchyDate.help')}
              />
            )}
            <LanguageSwitch value={language} onChange={(next) => void setLanguage(next)} label={t('language.label')} />
            <UserMenu
              username={me.username}
              role={t(`role.${me.role}`)}
              signOutLabel={t('signIn.signOut')}
              signingOut={signOut.fetching}
              onSignOut={() => void sendSignOut({}).then(renew)}
            />
          </>
        }
      />
      <Layout.Content className="crp-content">
        {onTree && invalid !== null && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('hierarchyDate.invalid', { value: invalid, today: formatIsoDate(todayInShanghai(), language) })}
          />
        )}
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}

// The menu a viewer is offered: only what their role may open (no dead links). The period, filter
// and hierarchy date travel along, so switching views keeps what the viewer was looking at.
function navItems(viewer: Viewer, search: string, at: string | null): Omit<NavItem, 'label'>[] {
  return [
    ...(can(viewer, 'overview') ? [{ key: 'overview', href: `/overview${search}` }] : []),
    ...(can(viewer, 'rankings') ? [{ key: 'rankings', href: `/rankings${search}` }] : []),
    ...(can(viewer, 'compare') ? [{ key: 'compare', href: `/compare${search}` }] : []),
    ...(can(viewer, 'scorecard') ? [{ key: 'scorecard', href: `/scorecard${search}` }] : []),
    ...(can(viewer, 'rules') ? [{ key: 'rules', href: '/rules' }] : []),
    { key: 'unit', href: orgPath(viewer.homeUnit, search) },
    ...(can(viewer, 'unitTree') ? [{ key: 'unitTree', href: unitPath(null, at) }] : []),
    // Every role has reports: HQ and branches build and submit them, the regulator reads what was submitted.
    { key: 'reports', href: reportsPath() },
  ];
}

function selectedNav(pathname: string): string | null {
  const first = pathname.split('/')[1];
  return (
    {
      overview: 'overview',
      rankings: 'rankings',
      compare: 'compare',
      scorecard: 'scorecard',
      rules: 'rules',
      org: 'unit',
      complaints: 'unit',
      units: 'unitTree',
      reports: 'reports',
    }[first] ?? null
  );
}
