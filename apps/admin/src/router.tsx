import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ApiKeysPage } from './api-keys/ApiKeysPage';
import { AuditPage } from './audit/AuditPage';
import { RequireRole } from './auth/RequireRole';
import { BookingsPage } from './bookings/BookingsPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { EventsPage } from './events/EventsPage';
import { AdminGate } from './layout/AdminGate';
import { SECTIONS, type SectionKey } from './layout/sections';
import { LayoutEditorPage } from './layouts/LayoutEditorPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PaymentsPage } from './payments/PaymentsPage';
import { PeoplePage } from './people/PeoplePage';
import { VenueDetailPage } from './venues/VenueDetailPage';
import { VenueNewPage } from './venues/VenueNewPage';
import { VenuesPage } from './venues/VenuesPage';

const SCREENS: Record<SectionKey, ReactNode> = {
  dashboard: <DashboardPage />,
  bookings: <BookingsPage />,
  payments: <PaymentsPage />,
  venues: <VenuesPage />,
  events: <EventsPage />,
  people: <PeoplePage />,
  apiKeys: <ApiKeysPage />,
  audit: <AuditPage />,
};

/** Pages inside a section, under its path and behind its guard. */
const SUBPAGES: Partial<Record<SectionKey, { path: string; element: ReactNode }[]>> = {
  venues: [
    { path: 'new', element: <VenueNewPage /> },
    { path: ':venueId', element: <VenueDetailPage /> },
    { path: ':venueId/layouts/new', element: <LayoutEditorPage /> },
    { path: ':venueId/layouts/:layoutId', element: <LayoutEditorPage /> },
  ],
};

// Routes come from the same list as the menu, so a section is guarded exactly as it is shown.
const sectionRoutes: RouteObject[] = SECTIONS.map((section) => {
  const guarded = (screen: ReactNode) => <RequireRole role={section.minRole}>{screen}</RequireRole>;
  const element = guarded(SCREENS[section.key]);
  if (section.path === '') return { index: true, element };
  const pages = SUBPAGES[section.key];
  if (!pages) return { path: section.path, element };
  return {
    path: section.path,
    children: [
      { index: true, element },
      ...pages.map((page) => ({ path: page.path, element: guarded(page.element) })),
    ],
  };
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
