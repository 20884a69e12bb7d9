import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('complaint list cursors', () => {
  it('come back as the position they encode', () => {
    const position = { receivedAt: '2013-01-04T17:30:00.000Z', id: 42 };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('reject anything that is not one, naming it', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow('"bm9wZQ" is not a cursor of this list');
    expect(() => decodeCursor(Buffer.from('["x", 1]').toString('base64url'))).toThrow('is not a cursor');
  });
});
