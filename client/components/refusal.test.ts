import { describe, expect, it } from 'vitest';
import { i18n, setLanguage } from '../i18n';
import { mayRetry, refusalText } from './refusal';

// The server's FORBIDDEN messages (server/modules/access/scope.ts, guard.ts) as a reader sees them.
describe('refusalText', () => {
  const t = i18n.t.bind(i18n);

  it('tells a branch user why a ranking of peers cannot be filtered', async () => {
    await setLanguage('zh-CN');
    expect(
      refusalText('a ranking that shows other units\u2019 figures cannot be filtered by channel, line or category', t),
    ).toBe(
      '查看同级机构排名时不能按受理渠道、险种或投诉类别筛选：这会拆分其他机构的数据，而您只能看到它们的总数。请清除这些筛选条件，或只看本机构的数据。',
    );
  });

  it('names the unit and the date of a compare with a peer, in either language', async () => {
    await setLanguage('zh-CN');
    expect(refusalText('unit "SZ" is outside what you may see on 2013-07-31', t)).toBe(
      '机构“SZ”在 2013-07-31 不在您的查看范围内：您只能查看本机构及下属机构的数据（排名中可以看到同级机构的名次和数值）。',
    );
    await setLanguage('en');
    expect(refusalText('unit "SZ" is outside what you may see on 2013-07-31', t)).toBe(
      'Unit “SZ” is outside what you may see on 2013-07-31: you may see your own unit and the units under it (and your peers’ ranks and values in rankings).',
    );
    await setLanguage('zh-CN');
  });

  it('tells a parent outside the scope from a unit outside it', () => {
    expect(
      refusalText('unit "BJ" is outside what you may see on 2013-07-31, and not the parent of your own unit', t),
    ).toBe('机构“BJ”在 2013-07-31 不在您的查看范围内，也不是您所在机构的上级机构，不能按它查看排名。');
  });

  it('keeps the server’s words for a case it does not know', () => {
    expect(refusalText('something new', t)).toBe('您没有权限执行此操作：something new');
    expect(refusalText('reportDrafts is not open to the REGULATOR role', t)).toBe(
      '您的角色不能使用此功能（reportDrafts）。',
    );
  });
});

describe('mayRetry', () => {
  it('offers a retry for a lost connection or an internal error only', () => {
    expect(
      ['NETWORK', 'OTHER', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'RATE_LIMITED'].filter(
        (code) => mayRetry(code as never),
      ),
    ).toEqual(['NETWORK', 'OTHER']);
  });
});
