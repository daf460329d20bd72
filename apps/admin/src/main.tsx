import '@reserva/ui/styles.css';
import './styles/admin.css';
import './styles/charts.css';
import './styles/desk.css';
import './styles/forms.css';
import './styles/catalog.css';
import { ApiProvider, initI18n } from '@reserva/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { registerPanelStrings } from './i18n/panel-i18n';
import { router } from './router';

initI18n();
registerPanelStrings();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider>
      <RouterProvider router={router} />
    </ApiProvider>
  </StrictMode>,
);
