import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildPortalSchema } from './schema.js';

// A type built with `simpleResolvers` reads its fields as plain properties (GraphQL's default
// resolver), without type-graphql's wrapper: a county ranking's 2,520 rows resolve 20,000 fields. That
// wrapper is also where a field's @Authorized rule and middlewares run, so a simple type must carry
// none: the rule would be skipped without a word.

describe('types whose fields resolve as plain properties', () => {
  it('carry no field rule, no middleware and no renamed field', async () => {
    const schema = await buildPortalSchema();
    const simple = getMetadataStorage().objectTypes.filter((type) => type.simpleResolvers);
    expect(simple.map((type) => type.name).sort()).toEqual([
      'CompareRow',
      'MetricValue',
      'RankingRow',
      'TrendPoint',
      'Unit',
    ]);
    for (const type of simple) {
      expect(schema.getType(type.name), type.name).toBeDefined();
      expect(type.fields?.length, type.name).toBeGreaterThan(0);
      for (const field of type.fields ?? []) {
        const where = `${type.name}.${field.name}`;
        expect(field.roles ?? [], where).toEqual([]);
        expect(field.middlewares ?? [], where).toEqual([]);
        expect(field.schemaName, where).toBe(field.name);
      }
    }
  });
});
