// Reports: a report's content as it reads (the one renderer of preview, draft and submitted
// versions), its versions, the restatement check, downloads and the list. Pages import from here only.
export { DownloadLinks, downloadHref } from './DownloadLinks';
export { localized } from './localized';
export { ReportContentView, ReportContentView_content } from './ReportContentView';
export { ReportList, ReportList_report } from './ReportList';
export { ReportVersions, ReportVersions_version } from './ReportVersions';
export { RestatementView, RestatementView_version } from './RestatementView';
