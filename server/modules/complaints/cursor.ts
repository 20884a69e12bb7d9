import { badInput } from '../../errors.js';

/** A position in a list ordered by (receivedAt, id): opaque to clients, checked when it comes back. */
export interface Position {
  receivedAt: string;
  id: number;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.receivedAt, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const [receivedAt, id] = Array.isArray(parsed) ? (parsed as unknown[]) : [];
    if (
      typeof receivedAt === 'string' &&
      !Number.isNaN(Date.parse(receivedAt)) &&
      typeof id === 'number' &&
      Number.isSafeInteger(id)
    ) {
      return { receivedAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`"${cursor}" is not a cursor of this list`);
}
