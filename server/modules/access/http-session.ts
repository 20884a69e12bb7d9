import type { Request, Response } from 'express';
import type { Credentials } from './viewer.js';

/** What sign-in and sign-out need of the HTTP exchange: the client's address, its credentials, the cookie. */
export interface HttpSession {
  address: string;
  credentials: Credentials;
  setSessionCookie: (secret: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
}

export interface CookieSettings {
  /** Send the cookie over HTTPS only (and name it __Host-…, which browsers then bind to this host). */
  secure: boolean;
}

export const sessionCookieName = ({ secure }: CookieSettings) => (secure ? '__Host-crp_session' : 'crp_session');

/** The cookie's value; undefined when absent or not valid %-encoding (no secret of ours looks like that). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        // A malformed cookie is no session: the request goes on as anonymous, as without one.
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * The session cookie: HTTP-only (no script can read it), SameSite=Strict (no other site's page can
 * make the browser send it), Path=/, and Secure in production. It expires with the session.
 */
export function httpSession(req: Request, res: Response, settings: CookieSettings): HttpSession {
  const name = sessionCookieName(settings);
  const options = { httpOnly: true, sameSite: 'strict' as const, secure: settings.secure, path: '/' };
  return {
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    credentials: { session: readCookie(req.headers.cookie, name), authorization: req.headers.authorization },
    setSessionCookie: (secret, expiresAt) => res.cookie(name, secret, { ...options, expires: expiresAt }),
    clearSessionCookie: () => res.clearCookie(name, options),
  };
}
