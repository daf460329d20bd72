import type { Role } from '@reserva/domain';
import {
  checkRequired,
  Field,
  FormAlert,
  FormField,
  SubmitButton,
  trpc,
  useApiError,
  useForm,
} from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VenueChecklist } from '../venues/VenueChecklist';
import type { CreatedKey } from './ApiKeysPage';

// Keys are for servers acting as staff or admin; customers act through their own sessions.
const KEY_ROLES: readonly Role[] = ['staff', 'admin'];

export function CreateKeyForm({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const form = useForm({ name: '', role: 'staff' }, { name: checkRequired });
  const create = trpc.admin.apiKeys.create.useMutation({
    onSuccess: (key) => {
      onCreated(key);
      form.reset();
      setVenueIds([]);
      setExpiresOn('');
      return utils.admin.apiKeys.list.invalidate();
    },
    onError: (error) => form.fail(apiError(error)),
  });
  const role = form.field('role');
  const [venueIds, setVenueIds] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');

  return (
    <form
      ref={form.formRef}
      className="card form form-inline"
      noValidate
      onSubmit={form.onSubmit(() =>
        create.mutate({
          name: form.values.name,
          role: form.values.role as Role,
          venueIds: venueIds.length > 0 ? venueIds : undefined,
          // The key works through the whole chosen day, in this browser's time zone.
          expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : undefined,
        }),
      )}
    >
      <h2>{t('admin.apiKeys.createTitle')}</h2>
      <FormAlert message={form.formError} />
      <FormField
        label={t('admin.apiKeys.name')}
        hint={t('admin.apiKeys.nameHint')}
        required
        {...form.field('name')}
      />
      <Field label={t('admin.apiKeys.role')} error={role.error}>
        {(control) => (
          <select
            {...control}
            name="role"
            value={role.value}
            onChange={(event) => role.onValueChange(event.target.value)}
          >
            {KEY_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormField
        label={t('admin.venueScope.expiresOn')}
        name="expiresOn"
        type="date"
        value={expiresOn}
        onValueChange={setExpiresOn}
      />
      <VenueChecklist
        legend={t('admin.venueScope.keyVenues')}
        hint={t('admin.venueScope.keyVenuesHint')}
        selected={venueIds}
        onChange={setVenueIds}
      />
      <SubmitButton busy={create.isPending}>{t('admin.apiKeys.create')}</SubmitButton>
    </form>
  );
}
