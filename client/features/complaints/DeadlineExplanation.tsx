import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate, formatInstant } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';

// How a complaint's deadline was computed (RULES.md §1, §3), step by step as the rules go: the rule
// set in force at receipt, the class and its limit counted from the day after receipt, each pause
// with its p (or w, under working days) and whether it counted, the extension, the cap and the
// calendar version. The server recomputes it from the stored facts; a mismatch with the stored
// deadline is shown, never hidden.
export const DeadlineExplanation_complaint = graphql(`
  fragment DeadlineExplanation_complaint on Complaint {
    dueAt
    handlingClass
    dueSource
    deadline {
      source
      handlingClass
      d0
      limit {
        n
        unit
      }
      lastDay
      pausedLastDay
      pausedDays
      cap
      calendarVersion
      dueAt
      matchesStored
      ruleSet {
        code
        version
        name {
          zh
          en
        }
        maxDays
      }
      pauses {
        kind
        startAt
        endAt
        days
        workingDays
        counted
      }
      extension {
        dueAt
        reason
        approver
      }
    }
  }
`);

export function DeadlineExplanation(props: { complaint: FragmentType<typeof DeadlineExplanation_complaint> }) {
  const complaint = getFragmentData(DeadlineExplanation_complaint, props.complaint);
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string) => formatIsoDate(value, language);
  const deadline = complaint.deadline;
  const title = t('deadline.title');
  if (!deadline)
    return (
      <Card size="small" title={title}>
        <Typography.Text type="secondary">{t('deadline.none')}</Typography.Text>
      </Card>
    );
  const { ruleSet, limit } = deadline;
  const item = (label: string, content: ReactNode) => (
    <Descriptions.Item label={label} key={label}>
      {content}
    </Descriptions.Item>
  );
  return (
    <Card size="small" title={title} className="crp-deadline">
      {!deadline.matchesStored && <Alert type="warning" showIcon title={t('deadline.mismatch')} />}
      <Descriptions bordered size="small" column={1}>
        {item(
          t('deadline.ruleSet'),
          <>
            <div>{language === 'en' ? ruleSet.name.en : ruleSet.name.zh}</div>
            <Typography.Text type="secondary">
              {t('deadline.ruleSetVersion', { code: ruleSet.code, version: ruleSet.version })}
            </Typography.Text>
          </>,
        )}
        {item(t('deadline.handlingClass'), t(`deadline.handlingClassValue.${deadline.handlingClass}`))}
        {item(t('deadline.source'), t(`deadline.sourceValue.${deadline.source}`))}
        {item(t('deadline.d0'), t('deadline.d0Value', { date: date(deadline.d0) }))}
        {item(t('deadline.limit'), t(`deadline.limitValue.${limit.unit}`, { n: limit.n }))}
        {item(t('deadline.lastDay'), date(deadline.lastDay))}
        {item(
          t('deadline.pauses'),
          deadline.pauses.length === 0 ? (
            t('deadline.noPauses')
          ) : (
            <ol className="crp-deadline-pauses" style={{ margin: 0, paddingInlineStart: 20 }}>
              {deadline.pauses.map((pause) => (
                <li key={pause.startAt}>
                  <Typography.Text strong>{t(`deadline.pauseKind.${pause.kind}`)}</Typography.Text>{' '}
                  {formatInstant(pause.startAt)} – {pause.endAt ? formatInstant(pause.endAt) : t('deadline.pauseOpen')}
                  {pause.days !== null && <> · {t('deadline.pauseDays', { days: pause.days })}</>}
                  {pause.workingDays !== null && <> · {t('deadline.pauseWorkingDays', { count: pause.workingDays })}</>}
                  <div>
                    <Tag color={pause.counted ? 'blue' : 'default'}>
                      {t(pause.counted ? 'deadline.pauseCounted' : 'deadline.pauseNotCounted')}
                    </Tag>
                  </div>
                </li>
              ))}
            </ol>
          ),
        )}
        {deadline.pauses.length > 0 &&
          item(
            t('deadline.pausedLastDay'),
            deadline.pausedLastDay ? date(deadline.pausedLastDay) : t('deadline.pausedNow'),
          )}
        {item(
          t('deadline.extension'),
          deadline.extension
            ? t('deadline.extensionValue', {
                date: formatInstant(deadline.extension.dueAt),
                reason: deadline.extension.reason,
                approver: deadline.extension.approver,
              })
            : t('deadline.noExtension'),
        )}
        {item(
          t('deadline.cap'),
          t(deadline.pausedDays > 0 ? 'deadline.capValuePaused' : 'deadline.capValue', {
            date: formatInstant(deadline.cap),
            max: ruleSet.maxDays,
            paused: deadline.pausedDays,
          }),
        )}
        {item(
          t('deadline.calendarVersion'),
          deadline.calendarVersion === null
            ? t('deadline.calendarNone')
            : t('deadline.calendarValue', { version: deadline.calendarVersion }),
        )}
        {item(
          t('deadline.dueAt'),
          complaint.dueAt ? (
            <Typography.Text strong>{formatInstant(complaint.dueAt)}</Typography.Text>
          ) : (
            <Tag color="gold">{t('deadline.paused')}</Tag>
          ),
        )}
      </Descriptions>
    </Card>
  );
}
