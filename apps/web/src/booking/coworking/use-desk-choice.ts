import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from './desk-spots';

/**
 * The chosen desk, dropped (with a note saying so) when a refresh shows someone else took it or
 * the new time range does not leave it free. `desks` is null while the current range is loading.
 */
export function useDeskChoice(desks: readonly Desk[] | null) {
  const { t } = useTranslation();
  const [deskId, setDeskId] = useState<string | null>(null);
  const [lost, setLost] = useState<string | null>(null);
  const desk = desks?.find((candidate) => candidate.id === deskId) ?? null;
  const gone = desk !== null && desk.status !== 'free';
  useEffect(() => {
    if (!gone || !desk) return;
    setDeskId(null);
    setLost(t('coworking.taken', { label: desk.label }));
  }, [gone, desk, t]);
  return {
    desk: gone ? null : desk,
    lost,
    choose: (id: string) => {
      setLost(null);
      setDeskId((current) => (current === id ? null : id));
    },
    clear: () => setDeskId(null),
  };
}
