import { describe, expect, it } from 'vitest';
import type { Role } from '../../../db/domain.js';
import { Reach, Scope } from './scope.js';

// A list reads what a Reach allows, and a Reach always carries the viewer's own units: a unit the
// list names narrows it, and nothing outside the Scope can make one without them.

const scopeOf = (role: Role, unitIds: number[]) =>
  new Scope(
    {
      viewer: { userId: 1, username: 'u', role, unitIds, credential: { kind: 'TOKEN', id: 1, expiresAt: null } },
      problem: null,
    },
    { ancestorIds: () => Promise.resolve([]), placement: () => Promise.resolve(undefined) },
  );

describe('a reach', () => {
  it("carries a branch's or a regulator's own units, with or without a unit to narrow it to", async () => {
    const regulator = scopeOf('REGULATOR', [7, 9]);
    expect(regulator.reach().roots).toEqual([7, 9]);
    expect(regulator.reach().within).toBeNull();
    const narrowed = regulator.within(await regulator.grant({ id: 9, code: 'GZ' }, '2010-12-31'));
    expect(narrowed.roots).toEqual([7, 9]);
    expect(narrowed.within).toMatchObject({ unitId: 9, at: '2010-12-31', access: 'FULL' });
  });

  it('is every record for headquarters, narrowed by a unit when one is named', async () => {
    const hq = scopeOf('HQ_ANALYST', []);
    expect(hq.reach().roots).toBe('ALL');
    expect(hq.within(await hq.grant({ id: 3, code: 'GD' }, '2013-07-31')).roots).toBe('ALL');
  });

  it('is made by the Scope only: a copy carries nothing, a new one is refused', () => {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- losing the class is what is tested
    const copy = { ...scopeOf('BRANCH', [9]).reach() } as { roots?: unknown };
    expect(copy.roots).toBeUndefined();
    expect(() => new Reach(Symbol('reach'), 'ALL', null)).toThrow('a Reach is made by the Scope only');
  });
});
