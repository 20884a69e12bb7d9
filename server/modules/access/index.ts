// Who sees what: users, sessions, API tokens, roles, the audit log, and the request's scope — the
// only place that decides which units, figures and personal data a request may read.
export {
  ADMINS,
  ANYONE,
  EVERY_ROLE,
  REPORT_AUTHORS,
  ROLE_RULES,
  SCORECARD_READERS,
  type Allowed,
} from './role.rules.js';
export {
  Scope,
  checkMeasurable,
  requireFull,
  type Access,
  type Grant,
  type Reach,
  type SplitFilter,
  type TreeLookup,
} from './scope.js';
export {
  authorId,
  COMMAND_LINE_IDENTITY,
  createCredentialCache,
  identify,
  type CredentialCache,
  type Credentials,
  type Identity,
  type Viewer,
} from './viewer.js';
export { appendAudit, type AuditEntry } from './audit.repository.js';
export { httpSession, readCookie, sessionCookieName, type CookieSettings, type HttpSession } from './http-session.js';
export { authChecker, assertEveryRootFieldHasARule } from './guard.js';
export { COMMAND_LINE, createApiToken, createUser, type NewUser } from './account.use-case.js';
export { SIGN_IN_LIMITS } from './sign-in.use-case.js';
export { DEMO_USERS, ensureDemoUsers } from './demo-users.js';
export { createAccountReader, type AccountReader } from './account.reader.js';
