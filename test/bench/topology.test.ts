import { describe, expect, it } from 'vitest';
import { checkReplicaOptions, parseTopologies } from './topology.js';

describe('the bench topologies', () => {
  it('reads server process counts, each with +replica or not, in the order given', () => {
    expect(parseTopologies('1, 2,2+replica', '--topology')).toEqual([
      { name: '1', processes: 1, replica: false },
      { name: '2', processes: 2, replica: false },
      { name: '2+replica', processes: 2, replica: true },
    ]);
  });

  it('takes --processes as the same list without replicas', () => {
    expect(parseTopologies('1,2', '--processes')).toEqual(parseTopologies('1,2', '--topology'));
    expect(() => parseTopologies('2+replica', '--processes')).toThrow(/--topology 2\+replica/);
  });

  it.each(['0', '65', '2+replicas', 'two', '1,,2', '1.5'])('refuses "%s", naming the syntax', (raw) => {
    expect(() => parseTopologies(raw, '--topology')).toThrow(/such as 1,2,2\+replica/);
  });

  it('refuses a replica topology on BENCH_DATABASE_URL without --replica-urls, naming the option', () => {
    const topologies = parseTopologies('1,2+replica', '--topology');
    expect(() => checkReplicaOptions(topologies, true, [])).toThrow(/needs --replica-urls/);
    expect(() => checkReplicaOptions(topologies, true, ['postgres://replica/postgres'])).not.toThrow();
    expect(() => checkReplicaOptions(topologies, false, [])).not.toThrow();
  });

  it('refuses --replica-urls beside the embedded PostgreSQL, or with no replica topology', () => {
    const urls = ['postgres://replica/postgres'];
    expect(() => checkReplicaOptions(parseTopologies('2+replica', '--topology'), false, urls)).toThrow(
      /BENCH_DATABASE_URL, which is unset/,
    );
    expect(() => checkReplicaOptions(parseTopologies('1,2', '--topology'), true, urls)).toThrow(/none was asked for/);
  });
});
