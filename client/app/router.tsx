import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { UnitsPage } from '../pages/UnitsPage';
import { RootLayout } from './RootLayout';

// The route table: one page per route. Pages that pull in heavy code (the ECharts views to come)
// should be declared with `lazy: () => import(...)` so the first screen stays small.
export function createRouter() {
  return createBrowserRouter([
    {
      Component: RootLayout,
      ErrorBoundary: RouteErrorPage,
      children: [
        { index: true, Component: StartRedirect },
        { path: 'units/:code?', Component: UnitsPage },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}

// Until the overview page exists, the start page is the unit tree; ?at= survives the redirect.
function StartRedirect() {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname: '/units', search }} />;
}
