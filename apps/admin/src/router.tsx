import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ApiKeysPage } from './api-keys/ApiKeysPage';
import { RequireRole } from './auth/RequireRole';
import { BookingsPage } from './bookings/BookingsPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { AdminGate } from './layout/AdminGate';
import { SECTIONS, type SectionKey } from './layout/sections';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { PeoplePage } from './people/PeoplePage';

const SCREENS: Record<SectionKey, ReactNode> = {
  dashboard: <DashboardPage />,
  bookings: <BookingsPage />,
  payments: <PlaceholderPage section="payments" />,
  venues: <PlaceholderPage section="venues" />,
  events: <PlaceholderPage section="events" />,
  people: <PeoplePage />,
  apiKeys: <ApiKeysPage />,
};

// Routes come from the same list as the menu, so a section is guarded exactly as it is shown.
const sectionRoutes: RouteObject[] = SECTIONS.map((section) => {
  const element = <RequireRole role={section.minRole}>{SCREENS[section.key]}</RequireRole>;
  return section.path === '' ? { index: true, element } : { path: section.path, element };
});

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <AdminGate />,
      children: [...sectionRoutes, { path: '*', element: <NotFoundPage /> }],
    },
  ],
  { basename: '/admin' },
);
