import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorCode, errorMessage } from '../components/error-code';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { graphql } from '../gql';
import { setLanguage, useLanguage } from '../i18n';

// The only page an anonymous visitor sees. The server sets the session cookie (HTTP-only: this
// code never touches it); a wrong password and too many attempts get words of their own.

const SignInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      username
    }
  }
`);

interface Credentials {
  username: string;
  password: string;
}

export interface SignInPageProps {
  /** The previous session expired or was ended: say so above the form. */
  expired: boolean;
  onSignedIn: () => void;
}

export function SignInPage({ expired, onSignedIn }: SignInPageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [result, signIn] = useMutation(SignInMutation);

  useEffect(() => {
    document.title = `${t('signIn.title')} · ${t('app.name')}`;
  }, [t]);

  const submit = async (values: Credentials) => {
    const done = await signIn(values);
    if (done.data?.signIn) onSignedIn();
  };
  const failure =
    result.error &&
    {
      UNAUTHENTICATED:
        errorMessage(result.error) === 'wrong username or password' ? t('signIn.wrong') : errorMessage(result.error),
      RATE_LIMITED: t('signIn.rateLimited'),
      NETWORK: t('state.network'),
    }[errorCode(result.error) as string];

  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 24 }}>
      <Card style={{ width: 380 }}>
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('signIn.title')}</Typography.Text>
          </div>
          {expired && !result.error && <Alert type="warning" showIcon title={t('state.unauthenticated')} />}
          {result.error && <Alert type="error" showIcon role="alert" title={failure ?? errorMessage(result.error)} />}
          <Form<Credentials>
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => void submit(values)}
            disabled={result.fetching}
          >
            <Form.Item
              label={t('signIn.username')}
              name="username"
              rules={[{ required: true, message: t('signIn.usernameMissing') }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('signIn.password')}
              name="password"
              rules={[{ required: true, message: t('signIn.passwordMissing') }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={result.fetching}>
              {t('signIn.submit')}
            </Button>
          </Form>
        </Flex>
      </Card>
      <LanguageSwitch value={language} onChange={(next) => void setLanguage(next)} label={t('language.label')} />
    </Flex>
  );
}
