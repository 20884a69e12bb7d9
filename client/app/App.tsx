import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { Provider as UrqlProvider } from 'urql';
import { useLanguage } from '../i18n';
import { theme } from './theme';
import { createRouter } from './router';
import { createUrqlClient } from './urql-client';

// Providers, outermost first: GraphQL client, antd (locale follows the interface language), router.
export function App() {
  const [client] = useState(createUrqlClient);
  const [router] = useState(createRouter);
  const language = useLanguage();

  return (
    <UrqlProvider value={client}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
        <AntdApp>
          <RouterProvider router={router} />
        </AntdApp>
      </ConfigProvider>
    </UrqlProvider>
  );
}
