import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm, readKysely } from '../../db/orm.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// Which connection a handle is on, with and without DATABASE_REPLICA_URLS (two "replicas" here are
// the test's own database named twice: what is checked is the choice, not the replication).

let db: TestDatabase;
const orms: MikroORM[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(orms.map((orm) => orm.close()));
  await db.drop();
});

async function orm(replicaUrls?: string[]): Promise<MikroORM> {
  const made = await createOrm(db.url, { poolSize: 1, replicaUrls });
  orms.push(made);
  return made;
}

describe('read replicas in the ORM', () => {
  it('without replicas, reads on the primary, and names no replica', async () => {
    const made = await orm();
    expect(readKysely(made, 'primary')).toBe(made.em.fork().getKysely());
    expect(() => readKysely(made, 0)).toThrow('no read replicas');
  });

  it('reads on the replica named, and writes, transactions and the entity manager on the primary', async () => {
    const made = await orm([db.url, `${db.url}?application_name=second`]);
    const { em } = made;
    const reads = [0, 1, 0].map((i) => readKysely(made, i));
    expect(reads[0]).not.toBe(reads[1]);
    expect(reads[2]).toBe(reads[0]);
    expect(() => readKysely(made, 2)).toThrow('there is no replica 3');
    const primary = em.getConnection('write');
    expect(reads).not.toContain(primary.getClient());
    expect(readKysely(made, 'primary')).toBe(primary.getClient());
    expect(em.getConnection()).toBe(primary);
    expect(em.fork().getKysely()).toBe(primary.getClient());
    // The entity manager's own reads stay on the primary (MikroORM's preferReadReplicas is off).
    expect(em.config.get('preferReadReplicas')).toBe(false);
    await em.fork().transactional((tx) => {
      expect(tx.getKysely({ type: 'read' }).isTransaction).toBe(true);
      return Promise.resolve();
    });
  });
});
