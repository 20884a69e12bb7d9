import { shanghaiDate } from '../../kernel/shanghai-time.js';
import type { Unit, UnitOrCode, UnitReader } from '../units/index.js';
import type { BacklogReader } from './backlog.reader.js';
import type { AgingBucket, BacklogFilter } from './backlog.service.js';

// "How old is a unit's backlog": the backlogAging query asks here.

export interface BacklogAgingReaders {
  units: UnitReader;
  backlog: BacklogReader;
}

export interface BacklogAgingQuestion {
  unit: UnitOrCode;
  /** The instant T. */
  asOf: Date;
  filter?: BacklogFilter;
}

export interface BacklogAging {
  unit: Unit;
  asOf: Date;
  total: number;
  overdue: number;
  buckets: AgingBucket[];
}

/** The open complaints of the unit's subtree on the tree of T's Shanghai date, at T, by days past due: one statement. */
export async function backlogAging(
  readers: BacklogAgingReaders,
  question: BacklogAgingQuestion,
): Promise<BacklogAging> {
  const { unit, grant } = await readers.units.require(question.unit, shanghaiDate(question.asOf));
  return { unit, asOf: question.asOf, ...(await readers.backlog.aging(grant, question.asOf, question.filter)) };
}
