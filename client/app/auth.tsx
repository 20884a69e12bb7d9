import { Flex, Spin } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { errorCode } from '../components/error-code';
import { QueryFailure } from '../components/QueryFailure';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { SignInPage } from '../pages/SignInPage';

// Who is signed in. The gate asks the server (`me`) once per session; without a viewer, or once a
// query finds the session gone, it shows the sign-in page in place of the app, at the same address,
// so a deep link opens where it pointed after signing in.

export const ViewerQueryDocument = graphql(`
  query Viewer {
    me {
      username
      role
      expiresAt
      units {
        code
      }
      reachable
    }
  }
`);

export type SignedInViewer = NonNullable<ViewerQuery['me']>;

interface Session {
  viewer: SignedInViewer;
  /** Starts a new session (after signing in or out): fresh caches, the viewer asked again. */
  renew: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the sign-in gate');
  return session;
}

export interface AuthGateProps {
  /** A query found the session expired or ended since the page loaded. */
  lost: boolean;
  renew: () => void;
  children: ReactNode;
}

export function AuthGate({ lost, renew, children }: AuthGateProps) {
  const [me, reload] = useQuery({ query: ViewerQueryDocument });
  if (me.fetching && !me.data) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  const expired = lost || (me.error !== undefined && errorCode(me.error) === 'UNAUTHENTICATED');
  if (me.error && !expired) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 24 }}>
        <QueryFailure error={me.error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      </Flex>
    );
  }
  if (expired || !me.data?.me) return <SignInPage expired={expired} onSignedIn={renew} />;
  return <SessionContext.Provider value={{ viewer: me.data.me, renew }}>{children}</SessionContext.Provider>;
}
