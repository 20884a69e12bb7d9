import { registerEnumType } from 'type-graphql';
import { asEnum } from '../vocabulary/index.js';

// The complaint list's own enums: a complaint's status at an instant, and the list's order.
export const ComplaintStatusEnum = asEnum(['OPEN', 'OVERDUE', 'CLOSED'] as const);
export type ComplaintStatus = keyof typeof ComplaintStatusEnum;
registerEnumType(ComplaintStatusEnum, {
  name: 'ComplaintStatus',
  description:
    'As of an instant: CLOSED (closedAt <= asOf), OVERDUE (not closed and dueAt < asOf), OPEN (not closed). ' +
    'As a filter, OPEN includes the overdue ones.',
});

export const ComplaintOrderEnum = asEnum(['RECEIVED_DESC', 'RECEIVED_ASC'] as const);
export type ComplaintOrder = keyof typeof ComplaintOrderEnum;
registerEnumType(ComplaintOrderEnum, {
  name: 'ComplaintOrder',
  description: 'Newest first (default) or oldest first.',
});
