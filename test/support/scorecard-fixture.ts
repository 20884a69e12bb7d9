import { complaintSql, TREE_SQL } from './fixtures.js';

// A scorecard fixture computed by hand (test/api/scorecard.test.ts, the 考评 browser test): a rule
// set of its own for 2014 (TEST_KP), three provinces, a tie in the totals, a missing value, a deduction.
// Peers: the provinces GD, GZ and BJ. Premium 1亿 each in January 2014. Complaints: GZ 2 (regulator
// referrals: one closed in time, one late), GD 2, BJ 1; one media exposure of GD's Foshan.
const ITEMS = [
  { code: 'Q1', nameZh: '制度建设', nameEn: 'Rules', kind: 'MANUAL', max: 20 },
  {
    code: 'M2',
    nameZh: '亿元保费投诉量',
    nameEn: 'Per 100M',
    kind: 'RANK',
    max: 40,
    metric: 'PER_100M_PREMIUM',
    basis: 'ASSESSED',
    better: 'LOWER',
  },
  {
    code: 'M3',
    nameZh: '投诉量',
    nameEn: 'Complaints',
    kind: 'METRIC_BAND',
    max: 20,
    metric: 'COMPLAINTS',
    basis: 'ALL',
    better: 'LOWER',
    bands: [
      { threshold: 1, points: 20 },
      { threshold: 3, points: 10 },
    ],
  },
  {
    code: 'M4',
    nameZh: '监管转办件及时率',
    nameEn: 'Referrals timely',
    kind: 'METRIC_LINEAR',
    max: 20,
    metric: 'TIMELY_RATE',
    basis: 'ALL',
    channels: ['REGULATOR_REFERRAL'],
    best: 1,
    worst: 0,
  },
  {
    code: 'D1',
    nameZh: '媒体负面报道',
    nameEn: 'Media',
    kind: 'DEDUCTION',
    incidentKind: 'MEDIA_EXPOSURE',
    pointsEach: 5,
    cap: 10,
  },
];

export const SCORECARD_SQL = `${TREE_SQL}
  insert into unit (code, name_zh, name_en, kind) values ('BJ', '北京分公司', 'Beijing', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from)
  select u.id, p.id, 'PROVINCE', '2000-01-01' from unit u, unit p where u.code = 'BJ' and p.code = 'HQ';
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select id, '2014-01-01', 'AUTO', 100000000, 1000 from unit where code in ('GZ', 'GD', 'BJ');
  ${complaintSql({ ref: 'GZ-1', unit: 'GZ', at: '2014-01-02T02:00:00Z', channel: 'REGULATOR_REFERRAL', dueAt: '2014-01-10T15:59:59Z', closedAt: '2014-01-05T02:00:00Z' })}
  ${complaintSql({ ref: 'GZ-2', unit: 'GZ', at: '2014-01-03T02:00:00Z', channel: 'REGULATOR_REFERRAL', dueAt: '2014-01-10T15:59:59Z', closedAt: '2014-01-20T02:00:00Z' })}
  ${complaintSql({ ref: 'GD-1', unit: 'GD', at: '2014-01-04T02:00:00Z' })}
  ${complaintSql({ ref: 'GD-2', unit: 'FS', at: '2014-01-05T02:00:00Z' })}
  ${complaintSql({ ref: 'BJ-1', unit: 'BJ', at: '2014-01-06T02:00:00Z' })}
  insert into incident (ref, unit_id, date, kind, note) select 'INC-1', id, '2014-01-15', 'MEDIA_EXPOSURE', '报道' from unit where code = 'FS';
  insert into scorecard_rule_set (code, version, name_zh, name_en, effective_from, effective_to, total, peer_level, status, items)
  values ('TEST_KP', 1, '测试考评', 'Test scorecard', '2014-01-01', '2014-12-31', 100, 'PROVINCE', 'PUBLISHED', '${JSON.stringify(ITEMS)}');
`;

/** The MANUAL points of Q1 as headquarters would enter them (the API test enters them through the API). */
export const SCORECARD_POINTS_SQL = `
  insert into scorecard_manual_point (rule_set_code, rule_set_version, unit_id, period_from, period_to, item_code, points, note, entered_by_name)
  select 'TEST_KP', 1, id, '2014-01-01', '2014-01-31', 'Q1', 20, '制度齐全', 'admin' from unit where code in ('GZ', 'GD');
`;
