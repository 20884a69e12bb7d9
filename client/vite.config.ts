import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client lives in client/ and builds to client/dist, which the server serves with SPA
// fallback. In development the Vite server forwards /graphql to the API server on port 4000,
// so the client always talks to its own origin.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~950 kB minified (~300 kB gzipped) even tree-shaken; that is expected for an
    // internal portal and cached as its own chunk. The limit still flags anything bigger, such as
    // ECharts landing in the main chunk instead of a lazily loaded page.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](graphql|urql|@urql|wonka)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
