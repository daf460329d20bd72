import '@reserva/ui/styles.css';
import './styles/app.css';
import './styles/booking.css';
import './styles/booking-choices.css';
import './styles/bookings.css';
import './styles/seat-journeys.css';
import './styles/hold.css';
import { ApiProvider, initI18n } from '@reserva/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './router';

initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider>
      <RouterProvider router={router} />
    </ApiProvider>
  </StrictMode>,
);
