// Service activities (服务活动): unit heads on the 95518 duty roster (from 2012, when headquarters
// required it), the regulator's 3.24 reception day (2012 and 2013), and complaint-handling training
// (every year). Guangzhou's 2012 is planted (S9); everything else is drawn.
import type { ActivityKind } from '../domain.js';
import { formatDate, weekday } from './calendar.js';
import type { Cell } from './csv-writer.js';
import { GZ_ACTIVITIES_2012 } from './gz-quotas.js';
import { Random } from './random.js';
import type { DemoUnit, Organisation } from './units.js';

export const ACTIVITY_COLUMNS = ['unit_code', 'date', 'kind', 'count', 'note'];

const NOTES: Readonly<Record<ActivityKind, string>> = {
  ONLINE_DUTY: '单位负责人在线受理95518投诉电话',
  ONSITE_RECEPTION: '3.24保险客户大接访活动现场受理投诉',
  TRAINING: '投诉处理技能培训',
};

interface Activity {
  unit: DemoUnit;
  date: string;
  kind: ActivityKind;
  count: number;
}

export function activityRows(organisation: Organisation): Record<string, Cell>[] {
  const random = Random.stream('activities');
  const activities = new Map<string, Activity>();
  // One row per unit, date and kind (the natural key): a second draw of the same key is drawn again.
  const add = (activity: Activity) => {
    const key = `${activity.unit.code}|${activity.date}|${activity.kind}`;
    if (activities.has(key)) return false;
    activities.set(key, activity);
    return true;
  };
  const addOnWeekday = (unit: DemoUnit, year: number, months: [number, number], kind: ActivityKind, count: number) => {
    while (!add({ unit, date: weekdayDate(random, year, months), kind, count }));
  };

  const { gz } = organisation;
  const branches = [
    ...organisation.provinces.map((province) => ({
      head: province.unit,
      units: province.cities.map((city) => city.unit),
    })),
    { head: gz.unit, units: [...gz.districts, gz.department] },
  ];
  for (const { head, units } of branches) {
    const plantedYear = head === gz.unit ? 2012 : undefined;
    for (let year = 2010; year <= 2013; year++) {
      if (year === plantedYear) continue;
      const sessions = random.int(3, 6);
      for (let s = 0; s < sessions; s++) addOnWeekday(head, year, [1, 12], 'TRAINING', random.int(15, 60));
      if (year < 2012) continue;
      add({ unit: head, date: `${year}-03-24`, kind: 'ONSITE_RECEPTION', count: random.int(5, 45) });
      for (let month = 1; month <= 12; month++) {
        const rows = random.int(1, 3);
        for (let r = 0; r < rows; r++)
          addOnWeekday(random.pick(units), year, [month, month], 'ONLINE_DUTY', random.int(1, 3));
      }
    }
  }

  // S9: Guangzhou in 2012 — 40 duty person-times, 39 complaints on 2012-03-24, 180 trained.
  const planted = GZ_ACTIVITIES_2012;
  for (let k = 0; k < planted.onlineDutyPersonTimes; k++) {
    addOnWeekday(random.pick([...gz.districts, gz.department]), 2012, [4, 12], 'ONLINE_DUTY', 1);
  }
  add({ unit: gz.unit, date: planted.reception.date, kind: 'ONSITE_RECEPTION', count: planted.reception.count });
  for (const { date, count } of planted.training) add({ unit: gz.unit, date, kind: 'TRAINING', count });

  return [...activities.values()].map(({ unit, date, kind, count }) => ({
    unit_code: unit.code,
    date,
    kind,
    count,
    note: NOTES[kind],
  }));
}

/** A Monday-to-Friday date between the first and last month given, inclusive. */
function weekdayDate(random: Random, year: number, [first, last]: [number, number]): string {
  for (;;) {
    const month = random.int(first, last);
    const day = random.int(1, 28);
    const dow = weekday(year, month, day);
    if (dow !== 0 && dow !== 6) return formatDate(year, month, day);
  }
}
