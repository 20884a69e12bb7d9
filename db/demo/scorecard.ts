// The demo's scorecard data (RULES.md §5), under the shipped CIRC_2013_KP: the MANUAL points HQ entered
// for every province-level branch and the incidents the DEDUCTION items count, for 2012 and 2013 and
// for their first seven months (the source document's 1–7月). Guangzhou's follow the source document:
// the rules it drafted in 2012 (《2012年分公司服务效能考评办法》), the 3.24 reception day it answered,
// a media report in 2012 and none in 2013 — beside its figures, which move it from 1st to 3rd on
// 亿元保费投诉量 (S14): a RANK item best first, so its M2 points rise from 0 to 15 × 2 ÷ (n − 1).
import pg from 'pg';
import type { Cell } from './csv-writer.js';
import { Random } from './random.js';
import type { Organisation } from './units.js';

const RULE_SET = { code: 'CIRC_2013_KP', version: 1 };

/** The periods the demo scores: the two years, and their January–July. */
export const SCORECARD_PERIODS = [
  { from: '2012-01-01', to: '2012-12-31' },
  { from: '2013-01-01', to: '2013-12-31' },
  { from: '2012-01-01', to: '2012-07-31' },
  { from: '2013-01-01', to: '2013-07-31' },
] as const;

const MANUAL_ITEMS = ['Q1', 'Q2', 'Q3', 'M5'] as const;
type ManualItem = (typeof MANUAL_ITEMS)[number];

const NOTES: Record<ManualItem, string> = {
  Q1: '制度建设：按考评办法评定',
  Q2: '组织管理：按考评办法评定',
  Q3: '应急处理：按考评办法评定',
  M5: '接访响应：按监管通知到场情况评定',
};

/** Guangzhou's points by year and the reason HQ wrote. */
const GUANGZHOU: Record<'2012' | '2013', Record<ManualItem, [number, string]>> = {
  '2012': {
    Q1: [8, '起草《服务效能考评办法》《客户投诉管理规定》，考核处罚机制下半年启动'],
    Q2: [8, '成立综合治理客户咨询投诉问题工作领导机构'],
    Q3: [9, '应急处理及时'],
    M5: [10, '3.24保险客户大接访按时到场，现场受理投诉39件'],
  },
  '2013': {
    Q1: [10, '标准化制度建设完成，考核处罚机制全面执行'],
    Q2: [10, '各单位主要负责人在线受理95518投诉'],
    Q3: [9, '应急处理及时'],
    M5: [10, '按时到场接访'],
  },
};

export interface DemoPoint {
  unitCode: string;
  from: string;
  to: string;
  item: ManualItem;
  points: number;
  note: string;
}

/** Every province-level branch's MANUAL points, the same for a year and its January–July. */
export function demoPoints(organisation: Organisation): DemoPoint[] {
  const random = Random.stream('scorecard-points');
  const codes = [...organisation.provinces.map((p) => p.unit.code), organisation.gz.unit.code];
  const byYear = new Map<string, [number, string]>();
  for (const code of codes)
    for (const year of ['2012', '2013'] as const)
      for (const item of MANUAL_ITEMS) {
        const story = code === organisation.gz.unit.code ? GUANGZHOU[year][item] : undefined;
        byYear.set(`${code} ${year} ${item}`, story ?? [random.int(12, 20) / 2, NOTES[item]]);
      }
  return codes.flatMap((unitCode) =>
    SCORECARD_PERIODS.flatMap(({ from, to }) =>
      MANUAL_ITEMS.map((item) => {
        const [points, note] = byYear.get(`${unitCode} ${from.slice(0, 4)} ${item}`) ?? [0, ''];
        return { unitCode, from, to, item, points, note };
      }),
    ),
  );
}

export const INCIDENT_COLUMNS = ['ref', 'unit_code', 'date', 'kind', 'note'];

/** A few incidents across the provinces in 2012–2013; Guangzhou's one media report in May 2012. */
export function* incidentRows(organisation: Organisation): Generator<Record<string, Cell>> {
  yield {
    ref: 'INC-2012-001',
    unit_code: organisation.gz.unit.code,
    date: '2012-05-16',
    kind: 'MEDIA_EXPOSURE',
    note: '车险理赔纠纷被当地媒体报道',
  };
  const random = Random.stream('scorecard-incidents');
  for (let n = 2; n <= 12; n++) {
    const province = random.pick(organisation.provinces);
    const year = n % 2 === 0 ? 2012 : 2013;
    const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const media = random.chance(0.7);
    yield {
      ref: `INC-${year}-${String(n).padStart(3, '0')}`,
      unit_code: province.unit.code,
      date,
      kind: media ? 'MEDIA_EXPOSURE' : 'MASS_INCIDENT',
      note: media ? '投诉处理被媒体负面报道' : '集体投诉上访',
    };
  }
}

/**
 * Enters the demo's MANUAL points as HQ would (entered by `demo`, each in the audit log), in one
 * transaction; points already entered are left as they are.
 */
export async function enterDemoPoints(databaseUrl: string, organisation: Organisation): Promise<number> {
  const points = demoPoints(organisation);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ entered: number }>(
      `with given as (
        select * from jsonb_to_recordset($1::jsonb) as g("unitCode" text, "from" date, "to" date, item text, points numeric, note text)
      ), entered as (
        insert into scorecard_manual_point (rule_set_code, rule_set_version, unit_id, period_from, period_to, item_code, points, note, entered_by_name)
        select $2, $3, u.id, g."from", g."to", g.item, g.points, g.note, 'demo' from given g join unit u on u.code = g."unitCode"
        on conflict do nothing
        returning unit_id, period_from, period_to, item_code, points, note
      ), logged as (
        insert into audit_event (action, actor, subject, detail)
        select 'SCORECARD_POINTS_ENTERED', 'demo', u.code, jsonb_build_object('ruleSet', $2::text, 'version', $3::int,
          'from', e.period_from, 'to', e.period_to, 'item', e.item_code, 'points', e.points, 'note', e.note)
        from entered e join unit u on u.id = e.unit_id
        returning 1
      )
      select count(*)::int as entered from logged`,
      [JSON.stringify(points), RULE_SET.code, RULE_SET.version],
    );
    return rows[0].entered;
  } finally {
    await client.end();
  }
}
