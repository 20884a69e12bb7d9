// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The viewer's language is remembered per browser: chosen once, the next visit opens in it.
describe('the interface language', () => {
  afterEach(() => localStorage.clear());

  it('opens in Chinese, and in the language chosen on the last visit', async () => {
    const first = await import('./index');
    expect(first.i18n.language).toBe('zh-CN');
    await first.setLanguage('en');
    expect(document.documentElement.lang).toBe('en');

    vi.resetModules();
    const next = await import('./index');
    expect(next.i18n.language).toBe('en');
  });
});
