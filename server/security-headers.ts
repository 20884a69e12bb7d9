import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response, written out whole (helmet's defaults are not used,
 * so this is the policy). It is what the built client needs, checked in Chromium by
 * test/security/headers.e2e.test.ts (sign-in, overview, ranking and its chart's tooltip, unit page,
 * an XLSX export), and by every other browser test, which fails on a console error:
 *  - script-src 'self': Vite emits module scripts and chunks only, none inline, and nothing (React,
 *    antd, ECharts, the lazily loaded exceljs chunk) evaluates strings, so no 'unsafe-eval'.
 *  - style-src 'self' 'unsafe-inline': antd 6 writes its CSS-in-JS into <style> elements at run time
 *    (refused without it: style-src-elem), and ECharts' tooltip is HTML with style attributes
 *    (style-src-attr). A nonce would cover antd's elements but not attributes, and would need a shell
 *    rendered per request; a style cannot run script.
 *  - images, fonts and requests (GraphQL) are the portal's own: default-src 'self'. An XLSX export is
 *    a blob: link the browser downloads, which no directive governs.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * helmet (8) on every response: the shell, assets, GraphQL, downloads, errors. Besides the policy:
 * X-Frame-Options DENY (for browsers without frame-ancestors), nosniff, Referrer-Policy no-referrer,
 * and helmet's other defaults (Cross-Origin-Opener/Resource-Policy same-origin, …). Served over HTTPS
 * (`https`, the setting that makes the cookie Secure), it adds Strict-Transport-Security and
 * upgrade-insecure-requests; over plain HTTP (a laptop, the tests) those would only break things.
 */
export function securityHeaders({ https }: { https: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: https ? { ...CSP_DIRECTIVES, 'upgrade-insecure-requests': [] } : CSP_DIRECTIVES,
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
