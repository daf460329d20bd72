import { useEffect } from 'react';

/** Each page names itself in the tab and for screen readers announcing the navigation. */
export function useDocumentTitle(title: string | null | undefined, appName = 'Reserva'): void {
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
