import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorFormatter } from './format-error.js';

describe('a database that cannot be reached', () => {
  const pg = (code: string, message: string) => Object.assign(new Error(message), { code });

  it('reaches a client as UNAVAILABLE, without the database’s words or address', () => {
    const format = errorFormatter({ production: true });
    const error = new GraphQLError('connect ECONNREFUSED 10.1.2.3:5432', {
      originalError: pg('ECONNREFUSED', 'connect ECONNREFUSED 10.1.2.3:5432'),
      path: ['ranking'],
    });
    const formatted = format({ message: error.message, path: ['ranking'] }, error);
    expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE' });
    expect(formatted.message).toContain('try again in a moment');
    expect(JSON.stringify(formatted)).not.toContain('10.1.2.3');
  });
});
