import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant, formatPeriod } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import { localized } from './localized';
import { ReportSectionTable } from './ReportSectionTable';

// A report as it reads, from its content alone: the builder's preview, a draft's live figures and a
// submitted version's frozen ones all go through here, as the XLSX and the PDF are drawn from the
// same content, so the screen and the files show the same figures.
export const ReportContentView_content = graphql(`
  fragment ReportContentView_content on ReportContent {
    template
    title {
      zh
      en
    }
    unit {
      code
      name {
        zh
        en
      }
    }
    from
    to
    comparison
    asOf
    narrative {
      zh
      en
    }
    sections {
      key
      ...ReportSectionTable_section
    }
  }
`);

export interface ReportContentViewProps {
  content: FragmentType<typeof ReportContentView_content>;
  /** The submitted version shown, or null for live figures (a preview or a draft, marked as such). */
  version: number | null;
}

export function ReportContentView({ content: masked, version }: ReportContentViewProps) {
  const content = getFragmentData(ReportContentView_content, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const header = {
    unit: localized(content.unit.name, language),
    period: formatPeriod({ from: content.from, to: content.to }, language),
    asOf: formatInstant(content.asOf),
  };
  const paragraphs = language === 'en' ? content.narrative.en : content.narrative.zh;
  return (
    <article className="crp-report" aria-label={localized(content.title, language)}>
      <Flex vertical gap={20}>
        <div>
          <Flex align="center" gap={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {localized(content.title, language)}
            </Typography.Title>
            {version === null && <Tag color="orange">{t('reportContent.draft')}</Tag>}
          </Flex>
          <Typography.Text type="secondary" className="crp-report-header">
            {version === null
              ? t('reportContent.header', header)
              : t('reportContent.headerVersion', { ...header, version })}
          </Typography.Text>
        </div>
        {paragraphs.length > 0 && (
          <section className="crp-report-narrative" aria-label={t('reportContent.narrative')}>
            {paragraphs.map((paragraph, index) => (
              <Typography.Paragraph key={index} style={{ textIndent: language === 'en' ? 0 : '2em' }}>
                {paragraph}
              </Typography.Paragraph>
            ))}
          </section>
        )}
        {content.sections.map((section) => (
          <ReportSectionTable key={section.key} section={section} asOf={content.asOf} />
        ))}
      </Flex>
    </article>
  );
}
