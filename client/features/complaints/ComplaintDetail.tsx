import { Card, Col, Descriptions, Row, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDecimal } from '../../format/number';
import { formatInstant } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import { unitName } from '../units/unit-name';
import { complaintTimeline, type TimelineEvent } from './complaint-timeline';
import { DeadlineExplanation } from './DeadlineExplanation';

// One complaint: what it is about and how it counts (valid, assessed, policy factor, repeat,
// escalated), the customer as the API gives it (masked where the viewer's role requires), and its
// timeline from receipt through deadline and closure to the return calls, and how its deadline was
// computed.
export const ComplaintDetail_complaint = graphql(`
  fragment ComplaintDetail_complaint on Complaint {
    ref
    receivedAt
    channel
    line
    category
    policyFactor
    valid
    duplicateOf
    assessed
    dueAt
    closedAt
    escalated
    outcome
    customerName
    customerPhone
    summary
    handlingDays
    status
    unit {
      code
      nameZh
      nameEn
    }
    followups {
      visitedAt
      satisfied
    }
    ...DeadlineExplanation_complaint
  }
`);

const STATUS_COLOR = { OPEN: 'blue', OVERDUE: 'red', CLOSED: 'default' } as const;

export interface ComplaintDetailProps {
  complaint: FragmentType<typeof ComplaintDetail_complaint>;
  /** The link to the responsible unit's page, or null where the viewer may not open it. */
  unitHref: string | null;
}

export function ComplaintDetail(props: ComplaintDetailProps) {
  const complaint = getFragmentData(ComplaintDetail_complaint, props.complaint);
  const { t } = useTranslation();
  const language = useLanguage();
  const yesNo = (value: boolean) => (value ? t('complaint.yes') : t('complaint.no'));
  const none = <Typography.Text type="secondary">{t('unitDetails.none')}</Typography.Text>;
  const unit = unitName(complaint.unit, language);
  const days = (value: number | null) => formatDecimal(value, 2, language);

  const describe = (event: TimelineEvent): { title: ReactNode; color: string } => {
    switch (event.kind) {
      case 'received':
        return { title: t('complaint.received'), color: 'blue' };
      case 'due':
        return { title: t('complaint.due'), color: event.missed ? 'red' : 'gray' };
      case 'paused':
        return { title: t('deadline.pausedNow'), color: 'gold' };
      case 'closed':
        return event.late
          ? { title: t('complaint.closedLate', { days: days(event.days) }), color: 'red' }
          : { title: t('complaint.closed', { days: days(event.days) }), color: 'green' };
      case 'followup':
        return {
          title: t('complaint.followup', {
            result: t(event.satisfied ? 'complaint.satisfied' : 'complaint.unsatisfied'),
          }),
          color: event.satisfied ? 'green' : 'orange',
        };
      case 'overdueNow':
        return { title: t('complaint.overdueNow'), color: 'red' };
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15} className="crp-print-full">
        <Card size="small">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('complaints.ref')}>{complaint.ref}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.status')}>
              <Tag color={STATUS_COLOR[complaint.status]}>{t(`status.${complaint.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.unit')}>
              {props.unitHref ? <Link to={props.unitHref}>{unit}</Link> : unit}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.receivedAt')}>
              {formatInstant(complaint.receivedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.channel')}>{t(`channel.${complaint.channel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.line')}>{t(`line.${complaint.line}`)}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.category')}>
              {t(`category.${complaint.category}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.outcome')}>
              {complaint.outcome ? t(`outcome.${complaint.outcome}`) : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.valid')}>{yesNo(complaint.valid)}</Descriptions.Item>
            <Descriptions.Item label={t('complaint.assessed')}>{yesNo(complaint.assessed)}</Descriptions.Item>
            <Descriptions.Item label={t('complaint.policyFactor')}>{yesNo(complaint.policyFactor)}</Descriptions.Item>
            <Descriptions.Item label={t('complaint.escalated')}>{yesNo(complaint.escalated)}</Descriptions.Item>
            <Descriptions.Item label={t('complaint.duplicateOf')}>
              {complaint.duplicateOf ? (
                <Link to={`/complaints/${encodeURIComponent(complaint.duplicateOf)}`}>{complaint.duplicateOf}</Link>
              ) : (
                none
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.handlingDays')}>
              {days(complaint.handlingDays ?? null)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.customerName')}>{complaint.customerName ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('complaint.customerPhone')}>
              {complaint.customerPhone ?? none}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.summary')} span={2}>
              {complaint.summary ?? none}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={9} className="crp-print-full">
        <Card size="small" title={t('complaint.timeline')}>
          <Timeline
            items={complaintTimeline(complaint).map((event, index) => {
              const { title, color } = describe(event);
              return {
                key: `${event.kind}-${index}`,
                color,
                content: (
                  <div>
                    <Typography.Text strong>{title}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{formatInstant(event.at)}</Typography.Text>
                    </div>
                  </div>
                ),
              };
            })}
          />
        </Card>
      </Col>
      <Col xs={24} xl={15} className="crp-print-full">
        <DeadlineExplanation complaint={complaint} />
      </Col>
    </Row>
  );
}
