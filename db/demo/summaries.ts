// Chinese complaint summaries, as a handler would type them: one sentence per template, by line and
// category, with numbers filled in. Events (the 2010 rainstorm, the Asian Games, the 3.24 reception
// day) have their own wording, so a user drilling into a spike sees why it happened.
import type { Category, Line } from '../domain.js';
import type { Random } from './random.js';

const CLAIMS: Readonly<Record<Line, readonly string[]>> = {
  AUTO: [
    '车辆出险后已提交全部理赔材料{n}天，仍未收到赔款，要求尽快结案赔付',
    '对车辆定损金额有异议，修理厂报价{amount}元未获认可',
    '三者车损案件等待定损时间过长，查勘员多次未按约到场',
    '车辆维修后发现配件非原厂件，要求重新核定维修方案',
  ],
  NON_AUTO: [
    '企业财产险出险后理赔进度缓慢，对核定损失金额{amount}元不认可',
    '家庭财产险被盗案件被拒赔，认为拒赔理由不充分',
    '货运险货损案件理赔材料要求过多，{n}天仍未结案',
  ],
  ACCIDENT_HEALTH: [
    '住院医疗费用理赔被扣减{amount}元，对扣减理由有异议',
    '意外险理赔要求补充材料过多，多次往返仍未结案',
    '学平险门诊费用报销被拒，要求给出书面理由',
  ],
};

const OTHERS: Readonly<Record<Exclude<Category, 'CLAIMS'>, readonly string[]>> = {
  SALES: [
    '销售人员未如实告知保险责任和免责条款',
    '电话销售未经本人同意即承保并扣款{amount}元',
    '车险续保时被搭售意外险，要求退还保费',
  ],
  UNDERWRITING: [
    '批改车辆信息手续办理时间过长，已等待{n}天',
    '保单信息录入错误，要求更正并重新出具保单',
    '续保保费上浮{pct}%，对费率计算有异议',
  ],
  SURRENDER: ['要求全额退保，对退保手续费{amount}元有异议', '申请退保{n}天仍未收到退费'],
  SERVICE: [
    '95518热线长时间无人接听，等待超过{n}分钟',
    '查勘人员服务态度差，未按约定时间到达现场',
    '营业网点办理业务排队时间过长',
    '回访电话过于频繁，影响正常生活',
  ],
  OTHER: ['咨询保单条款理解问题，对答复不满意', '保单及发票原件遗失，要求补办未获受理'],
};

/** Complaints about the company's own rules (政策因素), not about how a case was handled. */
const POLICY = [
  '对公司统一调整的理赔资料要求不满',
  '对车险保费浮动政策有异议，认为出险一次上浮过多',
  '对公司规定的指定修理厂范围不满',
];

const EVENTS = {
  RAINSTORM: [
    '5月7日特大暴雨致车辆被水淹，对发动机进水损坏拒赔有异议',
    '暴雨导致商铺进水、货物受损，要求尽快查勘定损',
    '暴雨期间报案后{n}天无人联系查勘',
    '水淹车全损推定金额{amount}元偏低，要求重新核定',
  ],
  ASIAN_GAMES: ['亚运期间交通管制，查勘员未能及时到场', '亚运期间车辆限行，理赔材料递交受阻，要求顺延时效'],
} as const;

export type SummaryEvent = keyof typeof EVENTS;

export function summaryFor(random: Random, line: Line, category: Category, policyFactor: boolean): string {
  if (policyFactor) return fill(random, random.pick(POLICY));
  return fill(random, random.pick(category === 'CLAIMS' ? CLAIMS[line] : OTHERS[category]));
}

export function eventSummary(random: Random, event: SummaryEvent): string {
  return fill(random, random.pick(EVENTS[event]));
}

function fill(random: Random, template: string): string {
  return template
    .replace('{n}', String(random.int(5, 40)))
    .replace('{amount}', String(random.int(8, 400) * 100))
    .replace('{pct}', String(random.int(10, 60)));
}
