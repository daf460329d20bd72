import { createBrowserRouter } from 'react-router';
import { RootLayout } from './layout/RootLayout';
import { BookingPage } from './pages/BookingPage';
import { ClaimPage } from './pages/ClaimPage';
import { HoldPage } from './pages/HoldPage';
import { HomePage } from './pages/HomePage';
import { MyBookingsPage } from './pages/MyBookingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import { SignInPage } from './pages/SignInPage';
import { VenuePage } from './pages/VenuePage';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <RootLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'v/:slug', element: <VenuePage /> },
      { path: 'hold', element: <HoldPage /> },
      { path: 'claim', element: <ClaimPage /> },
      { path: 'bookings/:code', element: <BookingPage /> },
      {
        path: 'bookings/:code/receipt',
        // Printed now and then: kept out of the first load (web.initialJs.gzipKb).
        lazy: async () => ({ Component: (await import('./pages/ReceiptPage')).ReceiptPage }),
      },
      { path: 'my-bookings', element: <MyBookingsPage /> },
      { path: 'signin', element: <SignInPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
