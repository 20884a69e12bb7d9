import type { ActivityKind } from '../../../db/domain.js';

// The names of DOMAIN.md's activity kinds and what each counts, written once for reports and exports.

export const ACTIVITY_LABELS: Record<ActivityKind, { zh: string; en: string; unit: { zh: string; en: string } }> = {
  ONLINE_DUTY: {
    zh: '单位负责人在线值班',
    en: 'Unit heads on the 95518 hotline',
    unit: { zh: '人次', en: 'person-times' },
  },
  ONSITE_RECEPTION: { zh: '现场接访', en: 'On-site reception days', unit: { zh: '宗', en: 'complaints taken' } },
  TRAINING: { zh: '投诉处理培训', en: 'Complaint-handling training', unit: { zh: '人次', en: 'person-times' } },
};
