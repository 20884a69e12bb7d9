// Every migration, in order. Listed (not globbed) so the same list serves tsx and compiled runs;
// a test fails when a migration file is missing from it.
import { Migration20261125054320_initial } from './Migration20261125054320_initial.js';
import { Migration20261202010642_rollups } from './Migration20261202010642_rollups.js';
import { Migration20261202020000_measure_from_rollups } from './Migration20261202020000_measure_from_rollups.js';
import { Migration20261202030000_data_version } from './Migration20261202030000_data_version.js';
import { Migration20261202050000_access } from './Migration20261202050000_access.js';
import { Migration20261202060000_reports } from './Migration20261202060000_reports.js';
import { Migration20261206100000_import_stamps } from './Migration20261206100000_import_stamps.js';
import { Migration20261207100000_end_of_day } from './Migration20261207100000_end_of_day.js';
import { Migration20261207110000_report_drafts } from './Migration20261207110000_report_drafts.js';
import { Migration20261208100000_db_functions } from './Migration20261208100000_db_functions.js';
import { Migration20261209100000_deadlines } from './Migration20261209100000_deadlines.js';
import { Migration20261209120000_deadline_corrections } from './Migration20261209120000_deadline_corrections.js';
import { Migration20261210100000_issues_and_windows } from './Migration20261210100000_issues_and_windows.js';
import { Migration20261210120000_scorecard } from './Migration20261210120000_scorecard.js';
import { Migration20261211100000_scorecard_rule_set_saved } from './Migration20261211100000_scorecard_rule_set_saved.js';
import { Migration20261212100000_rollup_slices } from './Migration20261212100000_rollup_slices.js';
import { Migration20261213100000_credentials_changed } from './Migration20261213100000_credentials_changed.js';
import { Migration20261214100000_unused_complaint_indexes } from './Migration20261214100000_unused_complaint_indexes.js';
import { Migration20261214110000_rule_references_per_statement } from './Migration20261214110000_rule_references_per_statement.js';
import { Migration20261215100000_complaint_references_per_statement } from './Migration20261215100000_complaint_references_per_statement.js';
import { Migration20261216100000_received_date_index } from './Migration20261216100000_received_date_index.js';

export const MIGRATIONS = [
  Migration20261125054320_initial,
  Migration20261202010642_rollups,
  Migration20261202020000_measure_from_rollups,
  Migration20261202030000_data_version,
  Migration20261202050000_access,
  Migration20261202060000_reports,
  Migration20261206100000_import_stamps,
  Migration20261207100000_end_of_day,
  Migration20261207110000_report_drafts,
  Migration20261208100000_db_functions,
  Migration20261209100000_deadlines,
  Migration20261209120000_deadline_corrections,
  Migration20261210100000_issues_and_windows,
  Migration20261210120000_scorecard,
  Migration20261211100000_scorecard_rule_set_saved,
  Migration20261212100000_rollup_slices,
  Migration20261213100000_credentials_changed,
  Migration20261214100000_unused_complaint_indexes,
  Migration20261214110000_rule_references_per_statement,
  Migration20261215100000_complaint_references_per_statement,
  Migration20261216100000_received_date_index,
];
