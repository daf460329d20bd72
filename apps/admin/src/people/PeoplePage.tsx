import { ROLES, type Role } from '@reserva/domain';
import { Loading, QueryError, trpc, useDebouncedValue, useDocumentTitle } from '@reserva/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../components/Pager';
import { PeopleTable } from './PeopleTable';

const PAGE_SIZE = 25;

export function PeoplePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.people.title'));
  const searchId = useId();
  const roleId = useId();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [page, setPage] = useState(0);
  const [saved, setSaved] = useState('');
  const q = useDebouncedValue(query.trim());
  const users = trpc.admin.users.list.useQuery(
    { q: q || undefined, role: role || undefined, skip: page * PAGE_SIZE, limit: PAGE_SIZE },
    // Keep the current rows while the next page or search loads, instead of flashing "loading".
    { placeholderData: keepPreviousData },
  );

  return (
    <>
      <h1>{t('admin.people.title')}</h1>
      <search className="filters">
        <div className="field">
          <label htmlFor={searchId} className="field-label">
            {t('admin.people.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="search-input"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={roleId} className="field-label">
            {t('admin.people.roleFilter')}
          </label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => {
              setRole(event.target.value as Role | '');
              setPage(0);
            }}
          >
            <option value="">{t('common.all')}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </search>
      <p role="status" className="status-line">
        {saved}
      </p>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <p className="muted">{t('admin.people.total', { count: users.data.total })}</p>
          {users.data.items.length === 0 ? (
            <p className="muted">{t('admin.people.empty')}</p>
          ) : (
            <PeopleTable users={users.data.items} onRoleSaved={setSaved} />
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
