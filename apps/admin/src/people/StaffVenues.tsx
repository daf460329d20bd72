import { FormAlert, trpc, useApiError } from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminVenueNames } from '../venues/use-venue-names';
import { VenueChecklist } from '../venues/VenueChecklist';

/** The venues a staff account works at, changed in place; admins work everywhere, customers nowhere. */
export function StaffVenues({
  person,
  onSaved,
}: {
  person: { id: string; name: string; role: string; venueIds: string[] };
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const venues = useAdminVenueNames();
  const [editing, setEditing] = useState<string[] | null>(null);
  const save = trpc.admin.users.setVenues.useMutation({
    onSuccess: async (user) => {
      await utils.admin.users.list.invalidate();
      setEditing(null);
      onSaved(t('admin.venueScope.saved', { name: user.name, count: user.venueIds.length }));
    },
  });
  if (person.role === 'admin') return <>{t('admin.venueScope.everyVenue')}</>;
  if (person.role !== 'staff') return null;
  const names = person.venueIds.map(venues.nameOf).join(', ') || t('admin.venueScope.none');
  if (!editing) {
    return (
      <>
        {names}{' '}
        <button
          type="button"
          className="btn btn-secondary"
          aria-label={t('admin.venueScope.editFor', { name: person.name })}
          onClick={() => setEditing(person.venueIds)}
        >
          {t('admin.venueScope.edit')}
        </button>
      </>
    );
  }
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ userId: person.id, venueIds: editing });
      }}
    >
      <FormAlert message={save.error ? (apiError(save.error).message ?? t('errors.generic')) : null} />
      <VenueChecklist
        legend={t('admin.venueScope.legendFor', { name: person.name })}
        selected={editing}
        onChange={setEditing}
      />
      <button type="submit" className="btn btn-primary" disabled={save.isPending}>
        {t('admin.venueScope.save')}
      </button>{' '}
      <button type="button" className="btn btn-secondary" onClick={() => setEditing(null)}>
        {t('admin.apiKeys.cancel')}
      </button>
    </form>
  );
}
