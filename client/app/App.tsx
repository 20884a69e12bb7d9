import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useCallback, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { Provider as UrqlProvider } from 'urql';
import { useLanguage } from '../i18n';
import { AuthGate } from './auth';
import { theme } from './theme';
import type { Router } from './router';
import { createUrqlClient } from './urql-client';

// Providers, outermost first: GraphQL client, antd (locale follows the interface language), the
// sign-in gate, router (made by render.tsx, which waits for its first page). Each session gets a
// client of its own, so nothing cached for one user is shown to the next on the same browser.
export function App({ router }: { router: Router }) {
  const [session, setSession] = useState({ generation: 0, lost: false });
  const client = useMemo(
    () => createUrqlClient(() => setSession((current) => (current.lost ? current : { ...current, lost: true }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new client per session, on purpose
    [session.generation],
  );
  const renew = useCallback(() => setSession((current) => ({ generation: current.generation + 1, lost: false })), []);
  const language = useLanguage();

  return (
    <UrqlProvider value={client}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
        <AntdApp>
          <AuthGate key={session.generation} lost={session.lost} renew={renew}>
            <RouterProvider router={router} />
          </AuthGate>
        </AntdApp>
      </ConfigProvider>
    </UrqlProvider>
  );
}
