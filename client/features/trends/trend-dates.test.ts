import { describe, expect, it } from 'vitest';
import { pointLabel, yearEarlier } from './TrendChart';

describe('a trend point’s dates', () => {
  it('opens last year’s line at the same dates a year earlier', () => {
    expect(yearEarlier({ from: '2013-07-01', to: '2013-07-31' })).toEqual({ from: '2012-07-01', to: '2012-07-31' });
    expect(yearEarlier({ from: '2012-02-01', to: '2012-02-29' })).toEqual({ from: '2011-02-01', to: '2011-02-28' });
    expect(pointLabel({ from: '2013-01-15', to: '2013-01-31' })).toBe('01-15~01-31');
  });
});
