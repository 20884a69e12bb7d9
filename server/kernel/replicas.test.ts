import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { databaseFailure, formatLsn, parseLsn } from './replicas.js';

describe('WAL positions', () => {
  it('read and write PostgreSQL’s X/Y form, and order as the WAL does', () => {
    expect(parseLsn('0/3677B18')).toBe(0x3677b18n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(formatLsn(parseLsn('16/B374D848') ?? 0n)).toBe('16/B374D848');
    expect(formatLsn(0n)).toBe('0/0');
    // The high half counts first: 1/0 is past 0/FFFFFFFF, which a string comparison would miss.
    expect((parseLsn('1/0') ?? 0n) > (parseLsn('0/FFFFFFFF') ?? 0n)).toBe(true);
  });

  it('take nothing else for a position', () => {
    for (const text of ['', '0', '0/', '/1', '0/1/2', 'G/1', '123456789/0', '0/1; drop table unit', '-1/0'])
      expect(parseLsn(text)).toBeUndefined();
  });
});

describe('what an error says of the server it came from', () => {
  const pg = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('is a server lost when the connection was refused, cut or the server is shutting down', () => {
    for (const error of [
      pg('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      pg('ECONNRESET'),
      pg('57P01', 'terminating connection due to administrator command'),
      pg('57P03', 'the database system is starting up'),
      pg('08006'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
    ])
      expect(databaseFailure(error)).toBe('lost');
  });

  it('is a statement cancelled by recovery on a standby, not the server lost', () => {
    expect(databaseFailure(pg('40001', 'canceling statement due to conflict with recovery'))).toBe('conflict');
  });

  it('is nothing of the kind for a query cancelled by its budget, a constraint, or a domain error', () => {
    for (const error of [pg('57014'), pg('23505'), new Error('unit "X" does not exist'), null, 'text'])
      expect(databaseFailure(error)).toBeUndefined();
  });

  it('is found through GraphQL’s wrapper and an error’s cause', () => {
    const lost = pg('ECONNREFUSED');
    expect(databaseFailure(new GraphQLError('Unexpected error', { originalError: lost }))).toBe('lost');
    expect(databaseFailure(new Error('loading failed', { cause: lost }))).toBe('lost');
  });
});
