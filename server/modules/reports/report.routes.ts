import { Router, type Request, type RequestHandler, type Response } from 'express';
import { badInput, DomainError, type ErrorCode } from '../../errors.js';
import { log } from '../../kernel/log.js';
import type { Scope } from '../access/index.js';
import type { ExportFormat, ExportLanguage, ReportReader } from './report.reader.js';

// Downloads of reports (GET, the same session cookie or bearer token as GraphQL, the same rules):
//   /reports/<id>/v/<version>.(xlsx|pdf)   a submitted version, from its stored snapshot
//   /reports/<id>/draft.(xlsx|pdf)         the draft's live figures (not for a regulator)
// ?lang=en for English (zh-CN by default). Errors are JSON: {error: {code, message}}.

/** What a download needs of the request's context (server/graphql/context.ts makes it). */
export type DownloadContext = (req: Request, res: Response) => Promise<{ scope: Scope; reports: ReportReader }>;

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  TOO_EXPENSIVE: 422,
  TIMEOUT: 503,
  CANCELLED: 499,
};
const LANGUAGES: readonly ExportLanguage[] = ['zh-CN', 'en'];

function parseFile(file: string, version: boolean): { which: number | 'draft'; format: ExportFormat } {
  const match = (version ? /^([1-9][0-9]{0,8})\.(xlsx|pdf)$/ : /^(draft)\.(xlsx|pdf)$/).exec(file);
  if (!match)
    throw badInput(`"${file}" is not a file of a report: ask for ${version ? '<version>' : 'draft'}.xlsx or .pdf`);
  return { which: version ? Number(match[1]) : 'draft', format: match[2] as ExportFormat };
}

function parseLanguage(raw: unknown): ExportLanguage {
  if (raw === undefined) return 'zh-CN';
  if (typeof raw === 'string' && (LANGUAGES as readonly string[]).includes(raw)) return raw as ExportLanguage;
  throw badInput(`lang must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(raw)}`);
}

/** RFC 6266/5987: an ASCII fallback, and the UTF-8 name (广州分公司_2013-01-01_2013-07-31_v1.xlsx) as filename*. */
export function contentDisposition(filename: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among what a filename may not hold
  const safe = filename.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function sendError(res: Response, error: unknown): void {
  if (error instanceof DomainError) {
    res.status(STATUS[error.code]).json({ error: { code: error.code, message: error.message } });
    return;
  }
  log.error({ err: error }, 'a report download failed');
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'the report could not be produced' } });
}

export function reportDownloads(contextOf: DownloadContext): Router {
  const download =
    (version: boolean): RequestHandler =>
    async (req, res) => {
      try {
        const ctx = await contextOf(req, res);
        ctx.scope.requireViewer(); // an anonymous caller learns nothing, not even whether the report exists
        const { which, format } = parseFile(String(req.params.file), version);
        const file = await ctx.reports.exportFile(String(req.params.id), which, format, parseLanguage(req.query.lang));
        res.set({
          'content-type': file.contentType,
          'content-disposition': contentDisposition(file.filename),
          'cache-control': 'private, no-store',
        });
        res.send(file.body);
      } catch (error) {
        sendError(res, error);
      }
    };
  const router = Router();
  router.get('/reports/:id/v/:file', download(true));
  router.get('/reports/:id/:file', download(false));
  return router;
}
