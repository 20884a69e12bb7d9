import { cacheExchange, Client, fetchExchange } from 'urql';

// Same-origin GraphQL: the server serves both the built client and /graphql, and Vite's dev
// server proxies /graphql. Queries go by POST: Apollo Server's CSRF protection rejects simple GET
// requests, which urql would otherwise send for short queries.
export function createUrqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    // Later, the sign-in issue adds the session header here (fetchOptions).
  });
}
