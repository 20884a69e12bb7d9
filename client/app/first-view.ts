import type { Client, OperationContext } from 'urql';
import { MetricDefinitionsDocument } from '../features/metrics';
import {
  OverviewCardsQuery,
  OverviewRankingQuery,
  OverviewTrendQuery,
  overviewVariables,
} from '../pages/overview-queries';
import { ViewerQueryDocument } from './auth';
import { LatestComplaintQuery, lastDayOf } from './use-period';
import { parseState } from './url-state/params';
import { defaultPeriod, periodRange } from './url-state/period';
import { overviewSchema } from './url-state/views';
import { can, homePath, viewerOf } from './viewer';

// A session's first requests, started with the app instead of one after another behind the code that
// asks for them: the viewer, the last day with complaints (the default period) and the metric
// registry at once, and on the overview its cards, ranking and trend as soon as the viewer and that
// day are known, while the page's code is still arriving and the shell renders. The components ask
// again with the same variables: urql hands them the request under way or its cached answer.

/** Marks a request made ahead of its component: its refusal is no sign of a lost session (the gate's own viewer query says whether there is one). */
export const AHEAD: Partial<OperationContext> = { ahead: true };

export function startFirstView(client: Client, location: { pathname: string; search: string }): void {
  const viewer = client.query(ViewerQueryDocument, {}).toPromise();
  const latest = client.query(LatestComplaintQuery, {}, AHEAD).toPromise();
  void client.query(MetricDefinitionsDocument, {}, AHEAD).toPromise();
  void Promise.all([viewer, latest]).then(([me, last]) => {
    if (!me.data?.me || !last.data) return;
    const home = viewerOf(me.data.me);
    const overview =
      (location.pathname === '/overview' && can(home, 'overview')) ||
      (location.pathname === '/' && homePath(home) === '/overview');
    if (!overview) return;
    const { state } = parseState(overviewSchema, new URLSearchParams(location.search));
    const range = periodRange(state.period ?? defaultPeriod(lastDayOf(last.data)));
    const variables = overviewVariables(state, range, home.homeUnit);
    void client.query(OverviewCardsQuery, variables.cards, AHEAD).toPromise();
    void client.query(OverviewRankingQuery, variables.ranking, AHEAD).toPromise();
    void client.query(OverviewTrendQuery, variables.trend, AHEAD).toPromise();
  });
}
