// The planted figures: Guangzhou's complaints, premiums and activities, by quota rather than by chance,
// so that SEED-SCENARIO.md's S1–S14 come out exactly. "GZ" is GZ's subtree at every period end from
// 2011-12-31 on — GZ, its twelve districts and its claims division — which is also the like-for-like
// tree of 2010 (DOMAIN.md: the hierarchy at the period's `to` serves the comparison period too).
// Arrays run January..December. The other provinces are shaped around these in complaints.ts.

export interface GzYear {
  /** Complaints received in the month (Shanghai dates). */
  complaints: readonly number[];
  /** Of which closed on time (closedAt <= dueAt); the rest close late. Every complaint is due (asOf = now). */
  timely: readonly number[];
  /** Of which arrived through headquarters (总公司渠道, HQ_REFERRAL). */
  hqReferral: readonly number[];
  /** Of which not assessed: invalid, caused by company policy, or a repeat (DOMAIN.md "Assessed"). */
  notAssessed: readonly number[];
}

export const GZ_YEARS: Readonly<Record<number, GzYear>> = {
  2010: {
    // 3228 in all; May and June carry the rainstorm (GZ_EVENTS), November the Asian Games.
    complaints: [250, 205, 255, 245, 420, 330, 255, 250, 240, 235, 275, 268],
    timely: [100, 78, 94, 88, 92, 82, 84, 88, 86, 87, 94, 96],
    hqReferral: [10, 9, 11, 10, 14, 12, 10, 10, 9, 9, 11, 10],
    notAssessed: [38, 31, 38, 37, 63, 50, 38, 38, 36, 35, 41, 40],
  },
  2011: {
    // S1: 2737 in all; 2737 / 3228 − 1 = −0.152107 → −0.1521.
    complaints: [262, 228, 251, 246, 240, 236, 232, 225, 218, 208, 189, 202],
    // S3: the lowest month is March, 69 / 251 = 0.274900; December 159 / 202 = 0.787129 → 0.7871.
    // S6: 1186 timely in the year (rate 0.433321), the base of 2012's rise.
    timely: [84, 68, 69, 71, 74, 80, 88, 104, 120, 133, 136, 159],
    hqReferral: [11, 9, 10, 10, 9, 9, 10, 9, 9, 8, 8, 8],
    notAssessed: [39, 34, 38, 37, 36, 35, 35, 34, 33, 31, 28, 30],
  },
  2012: {
    // S4: 2665 in all; 2665 / 2737 − 1 = −0.026306 → −0.0263.
    // S10: January–June 1465, July–December 1200: penalties started, the second half is lower.
    complaints: [255, 218, 275, 245, 240, 232, 210, 200, 195, 190, 200, 205],
    // S6: 2543 timely; 2543 / 2665 − 1186 / 2737 = 0.520900 → +0.5209.
    timely: [233, 200, 259, 231, 228, 222, 201, 193, 190, 186, 197, 203],
    // S12: 59 in January–July. S7/S8: all 95 of the year close on time (GZ_HQ_REFERRAL_2012_DAYS).
    hqReferral: [9, 7, 9, 8, 9, 8, 9, 8, 7, 7, 7, 7],
    // S11: January–July has 1675 complaints, 283 not assessed → 1392 assessed.
    notAssessed: [45, 38, 46, 41, 40, 38, 35, 30, 29, 28, 28, 30],
  },
  2013: {
    // S11: January–July has 960 complaints, 107 not assessed → 853 assessed; 853 − 1392 = −539,
    // −539 / 1392 = −0.387213 → −0.3872.
    complaints: [150, 120, 145, 140, 135, 135, 135, 130, 125, 120, 125, 128],
    timely: [146, 116, 141, 136, 131, 131, 131, 126, 121, 116, 121, 124],
    // S12: 40 in January–July; 40 / 59 − 1 = −0.322034 → −0.3220.
    hqReferral: [6, 5, 6, 6, 6, 5, 6, 5, 5, 6, 5, 5],
    notAssessed: [17, 13, 16, 16, 15, 15, 15, 15, 14, 14, 14, 15],
  },
};

/**
 * S7: GZ's 2012 HQ-channel complaints take exactly this many days on average (the handling times are
 * drawn in pairs mirrored around it), all within the 15-day deadline (S8: timely rate 1). The other
 * provinces take longer and are sometimes late, so the company-wide pooled figures are > 7.19 and < 1.
 */
export const GZ_HQ_REFERRAL_2012_DAYS = 7.19;

/** Complaints of a month that belong to an event: received within the days given, shaped as stated. */
export interface GzEvent {
  year: number;
  month: number;
  firstDay: number;
  lastDay: number;
  count: number;
  kind: 'RAINSTORM' | 'ASIAN_GAMES' | 'RECEPTION_DAY';
}

export const GZ_EVENTS: readonly GzEvent[] = [
  // The strongest rainstorm in Guangzhou's history (2010-05-07): flooded cars and property, claims disputes.
  { year: 2010, month: 5, firstDay: 8, lastDay: 31, count: 175, kind: 'RAINSTORM' },
  { year: 2010, month: 6, firstDay: 1, lastDay: 20, count: 85, kind: 'RAINSTORM' },
  // The Asian Games (2010-11-12..27): traffic restrictions, slow surveys, service complaints.
  { year: 2010, month: 11, firstDay: 12, lastDay: 27, count: 30, kind: 'ASIAN_GAMES' },
  // S9: the regulator's 3.24 reception day; the 39 complaints taken on site, counted in March 2012.
  { year: 2012, month: 3, firstDay: 24, lastDay: 24, count: 39, kind: 'RECEPTION_DAY' },
];

/**
 * GZ's premium (yuan, all lines) by year, spread over its districts, lines and months by fixed weights.
 * S2: 2011 / 2010 = +12.1%. S5: 2012 / 2011 = +24.3% (≥ 20%).
 */
export const GZ_PREMIUM_YUAN: Readonly<Record<number, number>> = {
  2010: 3_050_000_000,
  2011: 3_420_000_000,
  2012: 4_250_000_000,
  // Only August–December 2013 follows this; January–July is fixed by GZ_PREMIUM_2013_JAN_JUL_RATIO.
  2013: 5_015_000_000,
};

/**
 * S13: January–July 2013 premium ÷ January–July 2012 premium, to the cent. Assessed complaints per
 * 100M yuan then go from 1392 / P to 853 / (P × 1706 / 1392) = half of 1392 / P: changeRate −0.5000.
 * S14: with P ≈ 2.38 billion, GZ has about 58.5 in 2012 and 29.2 in 2013; complaints.ts sets two
 * provinces between those values in 2013 (and below 58.5 in 2012), and all others clearly below 29.2.
 */
export const GZ_PREMIUM_2013_JAN_JUL_RATIO = { numerator: 1706, denominator: 1392 } as const;

/** S9, all in GZ's subtree in 2012. */
export const GZ_ACTIVITIES_2012 = {
  /** Unit heads on the 95518 hotline roster, one person-time per row, April–December 2012. */
  onlineDutyPersonTimes: 40,
  /** The 3.24 reception day: one row, dated 2012-03-24, at GZ itself. */
  reception: { date: '2012-03-24', count: 39 },
  /** Complaint-handling training sessions (person-times): 32 + 41 + 28 + 45 + 34 = 180. */
  training: [
    { date: '2012-02-23', count: 32 },
    { date: '2012-04-19', count: 41 },
    { date: '2012-06-14', count: 28 },
    { date: '2012-09-13', count: 45 },
    { date: '2012-11-22', count: 34 },
  ],
} as const;
