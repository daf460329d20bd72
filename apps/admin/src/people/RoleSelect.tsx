import { ROLES, type Role } from '@reserva/domain';
import { Field, trpc, type User, useApiError } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

interface RoleSelectProps {
  person: Pick<User, 'id' | 'name' | 'role'>;
  disabled: boolean;
  onSaved: (message: string) => void;
}

export function RoleSelect({ person, disabled, onSaved }: RoleSelectProps) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const setRole = trpc.admin.users.setRole.useMutation({
    // Returning the refetch keeps the mutation pending until the table shows the new role.
    onSuccess: async (user) => {
      await utils.admin.users.list.invalidate();
      onSaved(t('admin.people.roleSaved', { name: user.name, role: t(`role.${user.role}`) }));
    },
  });
  const error = setRole.error ? (apiError(setRole.error).message ?? t('errors.generic')) : undefined;
  return (
    <Field label={t('admin.people.roleFor', { name: person.name })} hideLabel error={error}>
      {(control) => (
        <select
          {...control}
          value={setRole.isPending ? setRole.variables.role : person.role}
          disabled={disabled || setRole.isPending}
          onChange={(event) => setRole.mutate({ userId: person.id, role: event.target.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
