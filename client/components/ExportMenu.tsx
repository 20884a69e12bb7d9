import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadCsv, downloadXlsx, exportFileName, type ExportColumn } from '../export/table-export';

export interface ExportMenuProps<R> {
  /** Parts of the file name: what, and for which period. */
  fileName: readonly string[];
  sheetName: string;
  columns: readonly ExportColumn<R>[];
  rows: readonly R[];
}

// "导出" on a table: CSV or Excel, the table's columns as shown, numbers as numbers.
export function ExportMenu<R>({ fileName, sheetName, columns, rows }: ExportMenuProps<R>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onClick = ({ key }: { key: string }) => {
    if (key === 'csv') return downloadCsv(exportFileName(fileName, 'csv'), columns, rows);
    downloadXlsx(exportFileName(fileName, 'xlsx'), sheetName, columns, rows).catch((error: Error) =>
      message.error(t('widget.exportFailed', { message: error.message })),
    );
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        onClick,
        items: [
          { key: 'csv', label: t('widget.csv') },
          { key: 'xlsx', label: t('widget.xlsx') },
        ],
      }}
    >
      <Button size="small" icon={<DownloadOutlined />}>
        {t('widget.export')}
      </Button>
    </Dropdown>
  );
}
