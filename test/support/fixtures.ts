import pg from 'pg';

/**
 * A small tree with a move, the demo's story in miniature:
 *   HQ ─ GD ─ FS ─ NH            (Foshan city, Nanhai county)
 *        │
 *        └ GZ ─ TH, CD            until 2010-12-31: GZ a CITY under GD, Tianhe a COUNTY, claims dept
 *   HQ ─ GZ ─ TH, CD              from 2011-01-01: GZ a PROVINCE under HQ, Tianhe a CITY
 */
export const TREE_SQL = `
  insert into unit (code, name_zh, name_en, kind) values
    ('HQ', '总公司', 'Head Office', 'BRANCH'),
    ('GD', '广东省分公司', 'Guangdong', 'BRANCH'),
    ('GZ', '广州市分公司', 'Guangzhou', 'BRANCH'),
    ('TH', '天河支公司', 'Tianhe', 'BRANCH'),
    ('CD', '理赔事业部', 'Claims Division', 'DEPARTMENT'),
    ('FS', '佛山市分公司', 'Foshan', 'BRANCH'),
    ('NH', '南海支公司', 'Nanhai', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from, valid_to)
  select u.id, p.id, v.level, v.valid_from::date, v.valid_to::date
  from (values
    ('HQ', null, 'HQ', '2000-01-01', null),
    ('GD', 'HQ', 'PROVINCE', '2000-01-01', null),
    ('GZ', 'GD', 'CITY', '2000-01-01', '2010-12-31'),
    ('GZ', 'HQ', 'PROVINCE', '2011-01-01', null),
    ('TH', 'GZ', 'COUNTY', '2000-01-01', '2010-12-31'),
    ('TH', 'GZ', 'CITY', '2011-01-01', null),
    ('CD', 'GZ', 'COUNTY', '2000-01-01', '2010-12-31'),
    ('CD', 'GZ', 'CITY', '2011-01-01', null),
    ('FS', 'GD', 'CITY', '2000-01-01', null),
    ('NH', 'FS', 'COUNTY', '2000-01-01', null)
  ) v(code, parent, level, valid_from, valid_to)
  join unit u on u.code = v.code left join unit p on p.code = v.parent;
`;

/** Inserts a complaint with sensible defaults; `at` is an instant, `unit` a code. */
export function complaintSql(c: {
  ref: string;
  unit: string;
  at: string;
  channel?: string;
  dueAt?: string;
  closedAt?: string | null;
  policyFactor?: boolean;
}): string {
  const due = c.dueAt ?? `(timestamptz '${c.at}' + interval '15 days')`;
  return `insert into complaint (ref, received_at, channel, unit_id, line, category, policy_factor, due_at, closed_at,
      customer_name, customer_phone, summary)
    select '${c.ref}', '${c.at}', '${c.channel ?? 'HOTLINE_95518'}', id, 'AUTO', 'CLAIMS', ${c.policyFactor ?? false},
      ${c.dueAt ? `'${c.dueAt}'` : due}, ${c.closedAt ? `'${c.closedAt}'` : 'null'}, '张伟', '13812341234', '理赔进度慢'
    from unit where code = '${c.unit}';`;
}

export async function runSql(url: string, statements: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}
