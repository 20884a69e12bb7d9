import { readFile } from 'node:fs/promises';
import { buildSchema, type GraphQLEnumType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printPortalSchema } from '../../server/graphql/schema.js';

const signature = (field: GraphQLField<unknown, unknown>) =>
  `${field.name}(${field.args.map((arg) => `${arg.name}: ${arg.type.toString()}`).join(', ')}): ${field.type.toString()}`;

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema` after changing the API)', async () => {
    expect(await readFile('schema/schema.graphql', 'utf8')).toBe(await printPortalSchema());
  });

  it('has the entry points of API-CONTRACT.md exactly as written there', async () => {
    const schema = buildSchema(await readFile('schema/schema.graphql', 'utf8'));
    const query = schema.getQueryType()!.getFields();
    // `at` (issue 4: the date a unit is looked at, for the scope) is an optional argument the contract allows.
    expect(signature(query.unit)).toBe('unit(at: Date, code: String!): Unit');
    expect(signature(query.units)).toBe('units(at: Date, level: UnitLevel, parent: String): [Unit!]!');
    const unit = schema.getType('Unit') as unknown as {
      getFields: () => Record<string, GraphQLField<unknown, unknown>>;
    };
    const fields = unit.getFields();
    expect(signature(fields.code)).toBe('code(): String!');
    expect(signature(fields.nameZh)).toBe('nameZh(): String!');
    expect(signature(fields.nameEn)).toBe('nameEn(): String');
    expect(signature(fields.level)).toBe('level(at: Date): UnitLevel');
    expect(signature(fields.parent)).toBe('parent(at: Date): Unit');
    expect(signature(fields.children)).toBe('children(at: Date): [Unit!]!');
    const levels = schema.getType('UnitLevel') as GraphQLEnumType;
    expect(levels.getValues().map((value) => value.name)).toEqual(['CITY', 'COUNTY', 'HQ', 'PROVINCE']);
  });
});
