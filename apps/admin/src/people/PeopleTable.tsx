import { Badge, formatDate, type RouterOutputs } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { useAdminUser } from '../layout/AdminLayout';
import { RoleSelect } from './RoleSelect';
import { StaffVenues } from './StaffVenues';

type Person = RouterOutputs['admin']['users']['list']['items'][number];

export function PeopleTable({
  users,
  onRoleSaved,
}: {
  users: Person[];
  onRoleSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const me = useAdminUser();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('admin.people.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.people.name')}</th>
            <th scope="col">{t('admin.people.email')}</th>
            <th scope="col">{t('admin.people.role')}</th>
            <th scope="col">{t('admin.venueScope.venues')}</th>
            <th scope="col">{t('admin.people.joined')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                {person.name} {person.id === me.id ? <Badge>{t('admin.people.you')}</Badge> : null}
              </th>
              <td>{person.email}</td>
              <td>
                {/* Admins cannot demote themselves here: it would lock them out mid-session. */}
                <RoleSelect person={person} disabled={person.id === me.id} onSaved={onRoleSaved} />
              </td>
              <td>
                <StaffVenues person={person} onSaved={onRoleSaved} />
              </td>
              <td>{formatDate(person.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
