import type { ThemeConfig } from 'antd';

// A restrained enterprise look: one dark-blue accent, small radii, white surfaces on a light grey
// page, so tables and charts print legibly in black and white. Chinese fonts first in the stack.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4f91',
    colorLink: '#1d4f91',
    borderRadius: 4,
    colorBgLayout: '#f4f5f7',
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", ' +
      '"Noto Sans SC", "Source Han Sans SC", "Segoe UI", "Helvetica Neue", Arial, sans-serif',
  },
  // antd's styles come from its stylesheet (imported in render.tsx, built once with the client),
  // not generated, hashed and injected in the browser as each component first renders: on the
  // overview that generation was the largest part of the first view's script. The tokens above still
  // reach the stylesheet, as CSS variables antd sets at run time.
  zeroRuntime: true,
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 24px',
      siderBg: '#ffffff',
    },
  },
};
