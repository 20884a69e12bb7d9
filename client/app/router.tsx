import { Skeleton } from 'antd';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { UnitsPage } from '../pages/UnitsPage';
import { RootLayout } from './RootLayout';
import { NoAccess } from '../features/units';
import { can, homePath, useViewer, type Capability } from './viewer';

// The route table: one page per route. The comparative views load lazily (and ECharts with the
// first chart drawn, components/charts/EChart.tsx), so the first screen stays small.
export function createRouter() {
  return createBrowserRouter([
    {
      Component: RootLayout,
      ErrorBoundary: RouteErrorPage,
      // Shown while a lazily loaded page's code arrives on the first visit.
      HydrateFallback: PageLoading,
      children: [
        { index: true, Component: StartRedirect },
        // A role offered no link to the overview (a branch, the regulator) gets the no-access page there.
        {
          path: 'overview',
          lazy: async () => ({ Component: only('overview', (await import('../pages/OverviewPage')).OverviewPage) }),
        },
        { path: 'rankings', lazy: async () => ({ Component: (await import('../pages/RankingsPage')).RankingsPage }) },
        {
          path: 'scorecard',
          lazy: async () => ({ Component: only('scorecard', (await import('../pages/ScorecardPage')).ScorecardPage) }),
        },
        {
          path: 'rules',
          lazy: async () => ({ Component: only('rules', (await import('../pages/RulesPage')).RulesPage) }),
        },
        { path: 'compare', lazy: async () => ({ Component: (await import('../pages/ComparePage')).ComparePage }) },
        { path: 'org/:code', lazy: async () => ({ Component: (await import('../pages/UnitViewPage')).UnitViewPage }) },
        // The complaints behind a figure (drill-through from any count or ratio).
        {
          path: 'records',
          lazy: async () => ({ Component: only('complaints', (await import('../pages/RecordsPage')).RecordsPage) }),
        },
        {
          path: 'complaints/:ref',
          lazy: async () => ({ Component: (await import('../pages/ComplaintPage')).ComplaintPage }),
        },
        { path: 'units/:code?', Component: UnitsPage },
        { path: 'reports', lazy: async () => ({ Component: (await import('../pages/ReportsPage')).ReportsPage }) },
        // The regulator reads submitted reports only; the builder is not offered to it.
        {
          path: 'reports/new',
          lazy: async () => ({
            Component: only('reportDrafts', (await import('../pages/ReportBuilderPage')).ReportBuilderPage),
          }),
        },
        { path: 'reports/:id', lazy: async () => ({ Component: (await import('../pages/ReportPage')).ReportPage }) },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}

export type Router = ReturnType<typeof createRouter>;

/** Resolves once the router has its first route's code (a lazily loaded page) and can render it. */
export function routerReady(router: Router): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

// The start page is the viewer's home: HQ's overview, or a branch's or regulator's own unit.
// The query string (a period, a filter) survives the redirect.
function StartRedirect() {
  const { search } = useLocation();
  const viewer = useViewer();
  return <Navigate replace to={{ pathname: homePath(viewer), search }} />;
}

/** A page for the viewers whose role has the capability; the others are told they have no access. */
function only(capability: Capability, Page: () => React.ReactNode) {
  return function Guarded() {
    const viewer = useViewer();
    return can(viewer, capability) ? <Page /> : <NoAccess homeHref={homePath(viewer)} />;
  };
}

function PageLoading() {
  return <Skeleton active paragraph={{ rows: 12 }} style={{ padding: 24 }} />;
}
