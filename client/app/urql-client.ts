import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';

// Same-origin GraphQL: the server serves both the built client and /graphql, and Vite's dev
// server proxies /graphql. Queries go by POST: Apollo Server's CSRF protection rejects simple GET
// requests, which urql would otherwise send for short queries. The session travels in an HTTP-only
// cookie the browser sends by itself; a query answered UNAUTHENTICATED (the session expired or was
// ended) calls `onSessionLost`, so the app can ask for a new sign-in; a request made ahead of its
// component (app/first-view.ts), perhaps before anyone signed in, does not.
export function createUrqlClient(onSessionLost: () => void, url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          // A refused sign-in is the sign-in page's own business.
          const lost = error.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED');
          if (lost && operation.kind !== 'mutation' && !operation.context.ahead) onSessionLost();
        },
      }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
  });
}
