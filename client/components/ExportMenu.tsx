import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  downloadCsv,
  downloadXlsx,
  exportFileName,
  type ExportColumn,
  type ExportHeader,
} from '../export/table-export';
import { formatInstant } from '../format/shanghai-date';

export interface ExportMenuProps<R> {
  /** Parts of the file name: what, the unit, metric, filter, basis and dates (export-subject.ts). */
  fileName: readonly string[];
  /** The header block above the table (unit, period, basis, filter, asOf); the time of export is added here. */
  header?: ExportHeader;
  sheetName: string;
  columns: readonly ExportColumn<R>[];
  /** The rows, or a function that fetches them when the file is made (a list of many pages). */
  rows: readonly R[] | (() => Promise<readonly R[]>);
}

// "导出" on a table: CSV or Excel, the header block, then the table's columns as shown, numbers as numbers.
export function ExportMenu<R>({ fileName, header = [], sheetName, columns, rows }: ExportMenuProps<R>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const make = async (key: string) => {
    const list = typeof rows === 'function' ? await rows() : rows;
    const block: ExportHeader = header.length
      ? [...header, [t('export.exportedAt'), t('export.instant', { instant: formatInstant(new Date().toISOString()) })]]
      : [];
    if (key === 'csv') downloadCsv(exportFileName(fileName, 'csv'), columns, list, block);
    else await downloadXlsx(exportFileName(fileName, 'xlsx'), sheetName, columns, list, block);
  };
  const onClick = ({ key }: { key: string }) => {
    setBusy(true);
    make(key)
      .catch((error: unknown) =>
        message.error(t('widget.exportFailed', { message: error instanceof Error ? error.message : String(error) })),
      )
      .finally(() => setBusy(false));
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
      <Button size="small" icon={<DownloadOutlined />} loading={busy}>
        {t('widget.export')}
      </Button>
    </Dropdown>
  );
}
