// The app itself, loaded by main.ts once the session's first questions are asked.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/antd.css';
import '../i18n';
import { App } from './App';
import { earlyAnswers, writeEarlyDefault } from './early-requests';
import './global.css';
import { createRouter, routerReady } from './router';

// The first render waits, for a moment at most, for what it would otherwise draw in steps, the whole
// page again at each: the answers the entry asked for (early-requests.ts), which the urql client then
// starts with, the overview's default period (written in the address before the router reads it),
// and the first route's code (the router loads a page lazily; main.ts has asked for the overview's
// already). All are usually in by the time this code has arrived and run. The wait is kept to about
// what drawing the page without them costs (the shell, the controls, the skeletons): were the server
// slower, drawing those meanwhile would lose less than waiting idle.
const FIRST_RENDER_WAIT_MS = 300;

async function start(container: HTMLElement): Promise<void> {
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  await Promise.race([earlyAnswers(), waited]);
  writeEarlyDefault();
  const router = createRouter();
  await Promise.race([routerReady(router), waited]);
  createRoot(container).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void start(container);
