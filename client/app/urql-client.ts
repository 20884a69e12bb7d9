import { cacheExchange, Client, fetchExchange, mapExchange, ssrExchange } from 'urql';
import { takeArrivedAnswers, takeEarlyAnswer } from './early-requests';

// Same-origin GraphQL: the server serves both the built client and /graphql, and Vite's dev
// server proxies /graphql. Queries go by POST: Apollo Server's CSRF protection rejects simple GET
// requests, which urql would otherwise send for short queries. The session travels in an HTTP-only
// cookie the browser sends by itself; a query answered UNAUTHENTICATED (the session expired or was
// ended) calls `onSessionLost`, so the app can ask for a new sign-in. A session's first requests
// are answered by those the page's entry made before the app's code arrived (early-requests.ts): the
// answers already in start the client's cache (urql's ssrExchange, each used once, then cached as
// any answer is), so the first render has them; those still under way are taken by its fetch.
export function createUrqlClient(onSessionLost: () => void, url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      ssrExchange({ isClient: true, initialState: takeArrivedAnswers() }),
      mapExchange({
        onError(error, operation) {
          // A refused sign-in is the sign-in page's own business.
          const lost = error.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED');
          if (lost && operation.kind !== 'mutation') onSessionLost();
        },
      }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    // A session's first requests were asked before the app's code arrived (main.ts).
    fetch: (input, init) => takeEarlyAnswer(init) ?? fetch(input, init),
  });
}
