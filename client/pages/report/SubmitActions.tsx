import { SendOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../components/error-code';
import { graphql } from '../../gql';

const SubmitReportMutation = graphql(`
  mutation SubmitReport($id: ID!, $reason: String) {
    submitReport(id: $id, reason: $reason) {
      id
      version
    }
  }
`);

export interface SubmitActionsProps {
  reportId: string;
  /** The version the next submission becomes (1 for a draft never submitted). */
  nextVersion: number;
  /** After a submission, so the page reloads the report with its new version. */
  onSubmitted: () => void;
}

// Submitting freezes the figures for good, so it is never one click: a draft's first submission
// asks for confirmation; a correction (version 2 on) also needs the reason, which the versions list
// and the exports then carry.
export function SubmitActions({ reportId, nextVersion, onSubmitted }: SubmitActionsProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [submission, submit] = useMutation(SubmitReportMutation);
  const [correcting, setCorrecting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const send = async (reason: string | null) => {
    const result = await submit({ id: reportId, reason });
    const submitted = result.data?.submitReport;
    // urql answers a mutation with its data or with an error.
    if (result.error || !submitted) {
      if (result.error) message.error(errorMessage(result.error));
      return false;
    }
    message.success(t('report.submitted', { version: submitted.version }));
    onSubmitted();
    return true;
  };

  if (nextVersion === 1) {
    return (
      <Button
        type="primary"
        icon={<SendOutlined />}
        loading={submission.fetching}
        onClick={() =>
          void modal.confirm({
            title: t('report.submitTitle'),
            content: t('report.submitDetail', { version: nextVersion }),
            okText: t('report.submitOk'),
            cancelText: t('report.cancel'),
            // A failure closes the dialog too and says why (a rejected onOk would be an unhandled rejection).
            onOk: () => send(null),
          })
        }
      >
        {t('report.submit')}
      </Button>
    );
  }
  return (
    <>
      <Button icon={<SendOutlined />} onClick={() => setCorrecting(true)}>
        {t('report.correct')}
      </Button>
      <Modal
        open={correcting}
        title={t('report.correctTitle')}
        okText={t('report.submitOk')}
        cancelText={t('report.cancel')}
        confirmLoading={submission.fetching}
        onCancel={() => setCorrecting(false)}
        onOk={() =>
          void form.validateFields().then(async ({ reason }) => {
            if (await send(reason.trim())) {
              setCorrecting(false);
              form.resetFields();
            }
          })
        }
      >
        <p>{t('report.correctDetail', { version: nextVersion })}</p>
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('report.reason')}
            rules={[{ required: true, whitespace: true, message: t('report.reasonMissing') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
