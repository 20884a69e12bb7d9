// The issues a complaint raises (投诉事项, RULES.md §4), each with its own category, keyed by complaint
// and seq (1, 2, …). A complaint without issue rows counts as one issue of its own category.
import { CATEGORIES } from '../../domain.js';
import { STAGE_TABLE } from '../staging.js';
import {
  columns,
  duplicateKeyCheck,
  quoted,
  REQUIRED,
  unknownComplaintCheck,
  upsert,
  type KeyPart,
  type KindDefinition,
} from './kind.js';

const key: KeyPart[] = [quoted('complaint_ref'), { column: 'seq', shown: 'seq::text' }];

export const issues: KindDefinition = {
  columns: columns(['complaint_ref', 'seq', 'category']),
  stage: [
    { name: 'complaint_ref', type: 'text' },
    { name: 'seq', type: 'integer' },
    { name: 'category', type: 'text' },
  ],
  key,

  parseRow: (cells) => {
    const values = [
      cells.text('complaint_ref', 64, REQUIRED),
      cells.count('seq', REQUIRED),
      cells.enumValue('category', CATEGORIES, REQUIRED),
    ];
    if (values[1] === 0) cells.fail('seq', 'an issue is numbered from 1');
    return values;
  },

  checks: [unknownComplaintCheck(), duplicateKeyCheck(key)],

  merge: (client) =>
    upsert(
      client,
      'complaint_issue',
      ['complaint_id', 'seq'],
      ['category'],
      `select c.id, s.seq, s.category from ${STAGE_TABLE} s join complaint c on c.ref = s.complaint_ref
       order by c.id, s.seq`,
    ),
};
