import { complaintSql, TREE_SQL } from '../support/fixtures.js';

// The fixtures' tree and a second province, Beijing, that no scoped test user may see:
//   HQ ─ GD ─ FS ─ NH        a REGULATOR bound to GD and GZ sees these, and GZ's
//   HQ ─ GZ ─ TH, CD         a BRANCH bound to GZ sees these
//   HQ ─ BJ                  outside both
// One complaint in each place (customer 张伟, 13812341234, from complaintSql), premiums for
// January 2013 so that rankings have values.
export const ACCESS_SQL = `${TREE_SQL}
  insert into unit (code, name_zh, name_en, kind) values ('BJ', '北京分公司', 'Beijing', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from)
  select u.id, p.id, 'PROVINCE', '2000-01-01' from unit u, unit p where u.code = 'BJ' and p.code = 'HQ';
  ${complaintSql({ ref: 'IN-GZ', unit: 'GZ', at: '2013-01-05T02:00:00Z' })}
  ${complaintSql({ ref: 'IN-TH', unit: 'TH', at: '2013-01-06T02:00:00Z', channel: 'ONLINE' })}
  ${complaintSql({ ref: 'FS-1', unit: 'FS', at: '2013-01-07T02:00:00Z' })}
  ${complaintSql({ ref: 'OUT-BJ', unit: 'BJ', at: '2013-01-08T02:00:00Z' })}
  ${complaintSql({ ref: 'OUT-BJ-2', unit: 'BJ', at: '2013-01-09T02:00:00Z', channel: 'ONLINE' })}
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select id, '2013-01-01', 'AUTO', 100000000, 1000 from unit where code in ('GZ', 'TH', 'GD', 'FS', 'BJ');
  insert into activity (unit_id, date, kind, count) select id, '2013-01-10', 'TRAINING', 3 from unit where code in ('GZ', 'BJ');
`;

export const JAN_2013 = '{ from: "2013-01-01", to: "2013-01-31" }';

/**
 * A unit that moved into the scoped users' subtrees, for the matrix's dated cells: MV, a city of
 * Beijing's until 2012-12-31 and of GZ's from 2013-01-01, with a complaint from each side of the move
 * (OUT-BJ-MV while it was Beijing's, which no scoped user may see, and IN-MV after).
 */
export const MOVED_IN_SQL = `
  insert into unit (code, name_zh, name_en, kind) values ('MV', '迁入营业部', 'Moved-in office', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from, valid_to)
  select u.id, p.id, 'CITY', v.valid_from::date, v.valid_to::date
  from (values ('BJ', '2000-01-01', '2012-12-31'), ('GZ', '2013-01-01', null)) v(parent, valid_from, valid_to)
  join unit u on u.code = 'MV' join unit p on p.code = v.parent;
  ${complaintSql({ ref: 'OUT-BJ-MV', unit: 'MV', at: '2012-06-01T02:00:00Z' })}
  ${complaintSql({ ref: 'IN-MV', unit: 'MV', at: '2013-03-01T02:00:00Z' })}
`;
