import { vi } from 'vitest';

// What jsdom lacks and antd asks for, stubbed for the client's component tests.

/** antd's responsive columns and grids ask for media queries, which jsdom does not implement: none matches. */
export function stubMatchMedia(): void {
  vi.stubGlobal('matchMedia', (query: string): Partial<MediaQueryList> => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }));
}
