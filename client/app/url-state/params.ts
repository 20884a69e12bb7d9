import { isIsoDate } from '../../format/shanghai-date';
import { parsePeriod, serialisePeriod, type PeriodSpec } from './period';

// Typed URL search parameters. A view declares its state as a schema of fields, each with a key,
// a parser and a fallback; parsing never throws (a bad value falls back and is reported, so the page
// can say so), and serialising leaves out fields at their fallback, so links stay short.

// Methods, not function properties: a Field<'CITY' | 'COUNTY'> must serve where a Field<UnitLevel> is
// asked for (method parameters are bivariant), and fields are never detached from their object.
/* eslint-disable @typescript-eslint/method-signature-style */
export interface Field<T> {
  key: string;
  /** The value, or undefined when the text is not a valid one. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  fallback: T;
}
/* eslint-enable @typescript-eslint/method-signature-style */

export type Schema<S> = { [K in keyof S]: Field<S[K]> };

export interface Parsed<S> {
  state: S;
  /** The parameters present but invalid, e.g. [{ key: 'm', raw: 'FOO' }]. */
  invalid: { key: string; raw: string }[];
}

export function parseState<S>(schema: Schema<S>, params: URLSearchParams): Parsed<S> {
  const state = {} as S;
  const invalid: Parsed<S>['invalid'] = [];
  for (const name of Object.keys(schema) as (keyof S)[]) {
    const field = schema[name];
    const raw = params.get(field.key);
    const value = raw === null || raw === '' ? undefined : field.parse(raw);
    if (raw !== null && raw !== '' && value === undefined) invalid.push({ key: field.key, raw });
    state[name] = value === undefined ? field.fallback : value;
  }
  return { state, invalid };
}

/**
 * The URL parameters of a state, on top of `base` (parameters other views own, such as ?at=, are
 * kept). Fields at their fallback are left out; so are invalid ones the state has replaced.
 */
export function serialiseState<S>(schema: Schema<S>, state: S, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.keys(schema) as (keyof S)[]) {
    const field = schema[name];
    const text = field.format(state[name]);
    if (text === '' || text === field.format(field.fallback)) params.delete(field.key);
    else params.set(field.key, text);
  }
  return params;
}

// Field builders.

export function enumField<T extends string>(key: string, values: readonly T[], fallback: T): Field<T> {
  return { key, fallback, parse: (raw) => (values.includes(raw as T) ? (raw as T) : undefined), format: (v) => v };
}

export function optionalEnumField<T extends string>(key: string, values: readonly T[]): Field<T | null> {
  return {
    key,
    fallback: null,
    parse: (raw) => (values.includes(raw as T) ? (raw as T) : undefined),
    format: (v) => v ?? '',
  };
}

/** A comma-separated list of distinct values of a vocabulary, in the order given; any unknown value invalidates it. */
export function enumListField<T extends string>(
  key: string,
  values: readonly T[],
  fallback: readonly T[] = [],
): Field<readonly T[]> {
  return {
    key,
    fallback,
    parse: (raw) => {
      const list = [...new Set(raw.split(','))];
      return list.every((value) => values.includes(value as T)) ? (list as T[]) : undefined;
    },
    format: (list) => list.join(','),
  };
}

/** Unit codes as the import accepts them: letters, digits, _ and -. */
const UNIT_CODE = /^[A-Za-z0-9_-]{1,40}$/;

export function unitField(key: string): Field<string | null> {
  return { key, fallback: null, parse: (raw) => (UNIT_CODE.test(raw) ? raw : undefined), format: (v) => v ?? '' };
}

export function unitListField(key: string, max: number): Field<readonly string[]> {
  return {
    key,
    fallback: [],
    parse: (raw) => {
      const list = [...new Set(raw.split(','))];
      return list.length <= max && list.every((code) => UNIT_CODE.test(code)) ? list : undefined;
    },
    format: (list) => list.join(','),
  };
}

export function flagField(key: string): Field<boolean> {
  return {
    key,
    fallback: false,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  };
}

export function periodField(key: string): Field<PeriodSpec | null> {
  return {
    key,
    fallback: null,
    parse: (raw) => parsePeriod(raw) ?? undefined,
    format: (v) => (v ? serialisePeriod(v) : ''),
  };
}

/** A Shanghai calendar date, YYYY-MM-DD (a hierarchy date). */
export function dateField(key: string): Field<string | null> {
  return { key, fallback: null, parse: (raw) => (isIsoDate(raw) ? raw : undefined), format: (v) => v ?? '' };
}

/** An instant with its offset, as the API's DateTime takes it: 2013-07-31T23:59:59.999+08:00 or …Z. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
export function instantField(key: string): Field<string | null> {
  return {
    key,
    fallback: null,
    parse: (raw) =>
      INSTANT.test(raw) && !Number.isNaN(Date.parse(raw)) && isIsoDate(raw.slice(0, 10)) ? raw : undefined,
    format: (v) => v ?? '',
  };
}

/** Keyset cursors of the pages before the current one, so "previous page" works from a link too. */
const CURSOR = /^[A-Za-z0-9_-]+$/;
export function cursorStackField(key: string): Field<readonly string[]> {
  return {
    key,
    fallback: [],
    parse: (raw) => {
      const list = raw.split('.');
      return list.length <= 50 && list.every((cursor) => CURSOR.test(cursor)) ? list : undefined;
    },
    format: (list) => list.join('.'),
  };
}
