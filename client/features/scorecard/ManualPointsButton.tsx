import { EditOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../components/error-code';
import { graphql } from '../../gql';

const EnterScorecardPointsMutation = graphql(`
  mutation EnterScorecardPoints(
    $unit: String!
    $period: PeriodInput!
    $item: String!
    $points: Float!
    $note: String!
  ) {
    enterScorecardPoints(unit: $unit, period: $period, item: $item, points: $points, note: $note) {
      unit
      item
      points
    }
  }
`);

export interface ManualPointsButtonProps {
  unit: string;
  period: { from: string; to: string };
  item: { code: string; max: number };
  /** What is entered now, to start from. */
  current: { points: number | null; note: string | null };
  /** After an entry, so the scorecard is read again. */
  onEntered: () => void;
}

// HQ_ADMIN enters a MANUAL item's points with why (the server keeps who and when, and the audit log).
export function ManualPointsButton({ unit, period, item, current, onEntered }: ManualPointsButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [entry, enter] = useMutation(EnterScorecardPointsMutation);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ points: number; note: string }>();

  const save = async ({ points, note }: { points: number; note: string }) => {
    const result = await enter({ unit, period, item: item.code, points, note: note.trim() });
    if (result.error) {
      message.error(errorMessage(result.error));
      return;
    }
    message.success(t('scorecard.entered'));
    setOpen(false);
    onEntered();
  };

  return (
    <>
      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t('scorecard.enter')}
      </Button>
      <Modal
        open={open}
        title={t('scorecard.enterTitle', { item: item.code })}
        okText={t('scorecard.enterOk')}
        cancelText={t('scorecard.cancel')}
        confirmLoading={entry.fetching}
        destroyOnHidden
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then(save)}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ points: current.points ?? undefined, note: current.note ?? '' }}
        >
          <Form.Item
            name="points"
            label={t('scorecard.enterPoints', { max: item.max })}
            rules={[{ required: true, message: t('scorecard.enterPointsMissing') }]}
          >
            <InputNumber min={0} max={item.max} step={0.5} precision={2} />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('scorecard.enterNote')}
            rules={[{ required: true, whitespace: true, message: t('scorecard.enterNoteMissing') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
