import type { Category, Channel, Line } from '../../../db/domain.js';

// The Chinese and English names of DOMAIN.md's vocabularies, written once: the GraphQL
// enums describe their values with them, and breakdowns label their items with them.

export interface Label {
  zh: string;
  en: string;
}

export const CHANNEL_LABELS: Record<Channel, Label> = {
  HOTLINE_95518: { zh: '95518 热线', en: '95518 hotline' },
  HQ_REFERRAL: { zh: '总公司渠道', en: 'Head-office referral' },
  REGULATOR_REFERRAL: { zh: '监管转办', en: 'Regulator referral (incl. 12378)' },
  LETTERS_VISITS: { zh: '信访', en: 'Letters and visits' },
  ONSITE: { zh: '现场接访', en: 'On-site reception' },
  ONLINE: { zh: '网络/新媒体', en: 'Online and new media' },
};

export const LINE_LABELS: Record<Line, Label> = {
  AUTO: { zh: '车险', en: 'Motor' },
  NON_AUTO: { zh: '非车险', en: 'Non-motor' },
  ACCIDENT_HEALTH: { zh: '意健险', en: 'Accident and health' },
};

export const CATEGORY_LABELS: Record<Category, Label> = {
  CLAIMS: { zh: '理赔纠纷', en: 'Claims dispute' },
  SALES: { zh: '销售纠纷', en: 'Sales dispute' },
  UNDERWRITING: { zh: '承保与保全', en: 'Underwriting and policy service' },
  SURRENDER: { zh: '退保纠纷', en: 'Surrender dispute' },
  SERVICE: { zh: '服务质量', en: 'Service quality' },
  OTHER: { zh: '其他', en: 'Other' },
};
