import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './formula-injection';

describe('neutraliseFormula', () => {
  it('puts a single quote before a text a spreadsheet would run', () => {
    expect(neutraliseFormula('=HYPERLINK("https://evil.example","点我")')).toBe(
      `'=HYPERLINK("https://evil.example","点我")`,
    );
    expect(neutraliseFormula('+1+2')).toBe("'+1+2");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves every other text as it is', () => {
    for (const text of ['广州市分公司', 'Guangzhou', ' =1', '1-2', "'=1", '—', '', '第3名'])
      expect(neutraliseFormula(text)).toBe(text);
  });
});
