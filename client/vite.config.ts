import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The client lives in client/ and builds to client/dist, which the server serves with SPA
// fallback. In development the Vite server forwards /graphql to the API server on port 4000,
// so the client always talks to its own origin; so are the report downloads, whose paths share
// /reports/ with the client's own report pages (only the file paths go to the server).
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  // Every built asset also written brotli- and gzip-compressed beside it, which the server sends as
  // the browser accepts (3.4 MB of JavaScript goes as 0.8 MB). It triples the build's time: the
  // browser tests' private builds leave it out (CLIENT_COMPRESSION=off; test/server/compression.test.ts
  // tests the serving).
  plugins: [
    react(),
    ...(process.env.CLIENT_COMPRESSION === 'off'
      ? []
      : [compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.(br|gz)$/, /index\.html$/] })]),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is ~1.2 MB minified (~370 kB gzipped) once the views use its tables, selects and date
    // pickers; that is expected for an internal portal and cached as its own chunk. The limit still
    // flags anything bigger, such as ECharts landing in the antd or main chunk. exceljs (~0.9 MB) is
    // its own chunk, loaded on the first XLSX export only.
    chunkSizeWarningLimit: 1300,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            {
              name: 'echarts',
              test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|fast-deep-equal)[\\/]/,
            },
            // What the page's entry needs to ask its first questions (app/early-requests.ts), apart from
            // urql's React bindings, so that the entry waits for neither React nor antd.
            { name: 'urql-core', test: /node_modules[\\/](@urql[\\/]core|wonka|@0no-co)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](graphql|urql|@urql|wonka)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '^/reports/[^/]+/(draft|v/\\d+)\\.(xlsx|pdf)': 'http://localhost:4000',
    },
  },
});
