import type { zhCNScorecard } from './zh-CN-scorecard';

// English messages of the scorecard, mirroring zh-CN-scorecard.ts key for key.
export const enScorecard: typeof zhCNScorecard = {
  scorecard: {
    title: 'Scorecard',
    ranking: 'Ranking of scores',
    card: 'A unit’s scorecard',
    unitCard: 'Scorecard of {{unit}}',
    ruleSet: 'The rules',
    empty: 'No unit to rank in this period.',
    noRuleSet: 'No published scorecard covers this period: choose one within a rule set’s dates (e.g. 2012 or 2013).',
    pickUnit: 'Pick a unit you may see in the ranking.',
    rank: 'Rank',
    tiedRank: '{{rank}} (tied)',
    unit: 'Unit',
    total: 'Score',
    previousTotal: 'A year earlier',
    change: 'Change',
    flags: 'Flags',
    noValue: 'No value: 0 points',
    noValueCount: '{{count}} without a value',
    totalLine: 'Score {{total}} of {{max}} (a year earlier {{previous}})',
    item: 'Item',
    kind: 'Scored by',
    value: 'Value',
    rule: 'Band or formula',
    points: 'Points / max',
    changeValue: '{{rate}} ({{current}}, a year earlier {{previous}})',
    rankValue: '{{value}}, {{rank}} of {{of}} best first',
    incidents: '{{count}} incidents',
    enteredBy: 'Entered by {{who}} at {{when}}',
    childrenOf: 'the units under {{unit}}',
    ruleSetLine: '{{name}} ({{code}} version {{version}}), for {{from}} to {{to}}, {{total}} points, peers: {{peers}}.',
    kinds: {
      METRIC_BAND: 'Metric in bands',
      METRIC_LINEAR: 'Metric, linear',
      RANK: 'Rank',
      CHANGE_RATE: 'Change in bands',
      MANUAL: 'Entered by HQ',
      DEDUCTION: 'Deduction',
    },
    incident: {
      MEDIA_EXPOSURE: 'negative media report',
      MASS_INCIDENT: 'mass incident',
    },
    words: {
      assessed: ' (assessed)',
      channels: ' (channels: {{channels}})',
      band: '{{sign}} {{threshold}}: {{points}} points',
      separator: '; ',
      METRIC_BAND: '{{metric}}: {{bands}}; otherwise 0.',
      CHANGE_RATE: 'year-on-year change of {{metric}}: {{bands}}; otherwise 0.',
      METRIC_LINEAR:
        '{{metric}}: {{best}} or better gives the full {{max}} points, {{worst}} or worse 0, in proportion between.',
      RANK: '{{metric}} ranked best first among {{peers}} (ties share a rank): rank r of n with a value gives {{max}} × (n − r) ÷ (n − 1).',
      MANUAL:
        'entered by headquarters under the rules (with a note, who and when, in the audit log), 0 to {{max}} points.',
      DEDUCTION: '{{each}} points off for each {{incident}} in the unit’s subtree, at most {{cap}}.',
      footer:
        'Values are rounded to 4 decimals before they are compared, and one on a threshold gets the better band; items are rounded to 2 decimals and the score is their sum, never below 0. An item without a value gets 0 and a flag, never full marks.',
    },
  },
};
