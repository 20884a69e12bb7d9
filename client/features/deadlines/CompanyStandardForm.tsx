import { Alert, Button, Flex, Form, Input, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../components/error-code';
import { graphql } from '../../gql';
import type { LimitUnit } from '../../gql/graphql';

// HQ_ADMIN changes the company standard (COMPANY_STD, RULES.md §1): a new version, with which the
// server recomputes every complaint computed under it in the same transaction — over a minute on the
// demo data. The form shows that it is working and leaves the rest of the page usable; the answer
// says the new version and how many complaints' deadlines were recomputed.
const ChangeDeadlineRuleSetMutation = graphql(`
  mutation ChangeDeadlineRuleSet($code: String!, $change: DeadlineRuleSetChange!) {
    changeDeadlineRuleSet(code: $code, change: $change) {
      ruleSet {
        code
        version
      }
      recomputed
    }
  }
`);

interface Limit {
  n: number;
  unit: LimitUnit;
}
interface Values {
  simple: Limit;
  complex: Limit;
  maxDays: number;
  note?: string;
}

export interface CompanyStandardFormProps {
  /** The current version's figures, to start from. */
  current: { simple: Limit; complex: Limit; maxDays: number };
  /** After a change, so the list is read again. */
  onChanged: () => void;
}

export function CompanyStandardForm({ current, onChanged }: CompanyStandardFormProps) {
  const { t } = useTranslation();
  const [change, send] = useMutation(ChangeDeadlineRuleSetMutation);
  const [done, setDone] = useState<{ version: number; recomputed: number } | null>(null);
  const [form] = Form.useForm<Values>();

  const save = async (values: Values) => {
    setDone(null);
    const result = await send({
      code: 'COMPANY_STD',
      change: { ...values, note: values.note?.trim() ? values.note.trim() : null },
    });
    const answer = result.data?.changeDeadlineRuleSet;
    if (answer) {
      setDone({ version: answer.ruleSet.version, recomputed: answer.recomputed });
      onChanged();
    }
  };
  const units = (['WORKING_DAYS', 'DAYS'] as const).map((unit) => ({ value: unit, label: t(`rules.unit.${unit}`) }));
  const limit = (name: 'simple' | 'complex') => (
    <Form.Item label={t(`rules.change.${name}`)} required>
      <Space.Compact>
        <Form.Item name={[name, 'n']} noStyle rules={[{ required: true, message: t('rules.change.required') }]}>
          <InputNumber min={1} max={366} precision={0} aria-label={t(`rules.change.${name}`)} />
        </Form.Item>
        <Form.Item name={[name, 'unit']} noStyle>
          <Select options={units} style={{ width: 110 }} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );

  return (
    <Flex vertical gap={8} data-testid="company-standard-form">
      <Typography.Text strong>{t('rules.change.title')}</Typography.Text>
      <Typography.Text type="secondary">{t('rules.change.help')}</Typography.Text>
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={change.fetching}
        initialValues={current}
        onFinish={(values) => void save(values)}
      >
        <Flex wrap gap={12} align="flex-end">
          {limit('simple')}
          {limit('complex')}
          <Form.Item
            name="maxDays"
            label={t('rules.change.maxDays')}
            rules={[{ required: true, message: t('rules.change.required') }]}
          >
            <InputNumber min={1} max={366} precision={0} />
          </Form.Item>
          <Form.Item name="note" label={t('rules.change.note')}>
            <Input maxLength={2000} style={{ width: 240, maxWidth: '100%' }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={change.fetching}>
              {t('rules.change.save')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
      {change.fetching && <Alert type="info" showIcon icon={<Spin size="small" />} title={t('rules.change.saving')} />}
      {done && (
        <Alert
          type="success"
          showIcon
          title={t('rules.change.done', { version: done.version, count: done.recomputed })}
        />
      )}
      {change.error && !change.fetching && (
        <Alert type="error" showIcon title={t('rules.refused', { message: errorMessage(change.error) })} />
      )}
    </Flex>
  );
}
