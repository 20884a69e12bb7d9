import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n';

/** A download path in the UI's language: the server renders Chinese unless asked for ?lang=en. */
export function downloadHref(path: string, language: Language): string {
  if (language !== 'en') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

export interface DownloadLinksProps {
  xlsxUrl: string;
  pdfUrl: string;
  size?: 'small' | 'middle';
}

// Plain links (not fetch + blob): the browser sends the session cookie, streams the file and names
// it from the server's Content-Disposition; the server renders it from the stored snapshot.
export function DownloadLinks({ xlsxUrl, pdfUrl, size = 'middle' }: DownloadLinksProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Space size={8} className="crp-no-print">
      <Button size={size} icon={<DownloadOutlined />} href={downloadHref(xlsxUrl, language)} download>
        {t('report.xlsx')}
      </Button>
      <Button size={size} icon={<DownloadOutlined />} href={downloadHref(pdfUrl, language)} download>
        {t('report.pdf')}
      </Button>
    </Space>
  );
}
