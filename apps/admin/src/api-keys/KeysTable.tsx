import { Badge, formatDateTime, type RouterOutputs } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { useAdminVenueNames } from '../venues/use-venue-names';
import { RevokeKeyButton } from './RevokeKeyButton';

type ApiKey = RouterOutputs['admin']['apiKeys']['list'][number];

export function KeysTable({ keys }: { keys: ApiKey[] }) {
  const { t } = useTranslation();
  const venues = useAdminVenueNames();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('admin.apiKeys.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.apiKeys.name')}</th>
            <th scope="col">{t('admin.apiKeys.prefix')}</th>
            <th scope="col">{t('admin.apiKeys.role')}</th>
            <th scope="col">{t('admin.venueScope.venues')}</th>
            <th scope="col">{t('admin.venueScope.expires')}</th>
            <th scope="col">{t('admin.apiKeys.created')}</th>
            <th scope="col">{t('admin.apiKeys.lastUsed')}</th>
            <th scope="col">{t('admin.apiKeys.state')}</th>
            <th scope="col">{t('admin.apiKeys.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{t(`role.${key.role}`)}</td>
              <td>{key.venueIds.map(venues.nameOf).join(', ') || t('admin.venueScope.everyVenue')}</td>
              <td>{key.expiresAt ? formatDateTime(key.expiresAt) : t('common.never')}</td>
              <td>{formatDateTime(key.createdAt)}</td>
              <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('common.never')}</td>
              <td>
                {key.revokedAt ? (
                  <Badge tone="danger">
                    {t('admin.apiKeys.revoked')} · {formatDateTime(key.revokedAt)}
                  </Badge>
                ) : (
                  <Badge tone="success">{t('admin.apiKeys.active')}</Badge>
                )}
              </td>
              <td>{key.revokedAt ? null : <RevokeKeyButton id={key.id} name={key.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
