import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { newReportPath, reportsPath } from '../../app/routes';
import { serialiseState } from '../../app/url-state/params';
import { reportBuilderSchema } from '../../app/url-state/views';
import { errorMessage } from '../../components/error-code';
import { graphql } from '../../gql';
import type { Comparison, ReportTemplate } from '../../gql/graphql';

const DeleteReportMutation = graphql(`
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`);

export interface DraftActionsProps {
  report: {
    id: string;
    template: ReportTemplate;
    unit: { code: string };
    from: string;
    to: string;
    comparison: Comparison;
  };
  /** The report's name as the page heads it, for the confirmation. */
  title: string;
}

// A draft's 编辑 and 删除 (issue 11), offered on a draft's page to whoever may draft reports (the
// server decides the rest: a submitted report is refused, a report outside the viewer's units is not
// found). 编辑 opens the builder on the draft's parameters, where saving changes the draft; 删除 asks
// first, since a deleted draft is gone.
export function DraftActions({ report, title }: DraftActionsProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const [deletion, remove] = useMutation(DeleteReportMutation);
  const builder = serialiseState(reportBuilderSchema, {
    template: report.template,
    unit: report.unit.code,
    period: { kind: 'custom', from: report.from, to: report.to },
    comparison: report.comparison,
    edit: report.id,
  });

  const confirmDelete = () =>
    void modal.confirm({
      title: t('report.deleteTitle'),
      content: t('report.deleteDetail', { title }),
      okText: t('report.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('report.cancel'),
      onOk: async () => {
        const result = await remove({ id: report.id });
        if (result.error) {
          message.error(errorMessage(result.error));
          return;
        }
        message.success(t('report.deleted'));
        void navigate(reportsPath());
      },
    });

  return (
    <>
      <Link to={newReportPath(`?${builder.toString()}`)}>
        <Button icon={<EditOutlined />}>{t('report.edit')}</Button>
      </Link>
      <Button danger icon={<DeleteOutlined />} loading={deletion.fetching} onClick={confirmDelete}>
        {t('report.delete')}
      </Button>
    </>
  );
}
