import { Alert, Layout } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useMutation } from 'urql';
import { AppHeader } from '../components/AppHeader';
import { HierarchyDatePicker } from '../components/HierarchyDatePicker';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { UserMenu } from '../components/UserMenu';
import { formatIsoDate, todayInShanghai } from '../format/shanghai-date';
import { graphql } from '../gql';
import { setLanguage, useLanguage } from '../i18n';
import { useSession } from './auth';
import { useHierarchyDate } from './routes';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

// The frame of every page: header (product name, hierarchy date, language, who is signed in) and the routed page.
// It wires URL state and the language to the props-only parts in components/.
export function RootLayout() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { at, explicit, invalid, setAt } = useHierarchyDate();
  const { viewer, renew } = useSession();
  const [signOut, sendSignOut] = useMutation(SignOutMutation);

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader
        title={t('app.name')}
        printNote={t('hierarchyDate.printed', { date: formatIsoDate(at, language) })}
        controls={
          <>
            <HierarchyDatePicker
              value={explicit}
              onChange={setAt}
              label={t('hierarchyDate.label')}
              placeholder={t('hierarchyDate.placeholder')}
              help={t('hierarchyDate.help')}
            />
            <LanguageSwitch value={language} onChange={(next) => void setLanguage(next)} label={t('language.label')} />
            <UserMenu
              username={viewer.username}
              role={t(`role.${viewer.role}`)}
              signOutLabel={t('signIn.signOut')}
              signingOut={signOut.fetching}
              onSignOut={() => void sendSignOut({}).then(renew)}
            />
          </>
        }
      />
      <Layout.Content style={{ padding: 24 }}>
        {invalid !== null && (
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
