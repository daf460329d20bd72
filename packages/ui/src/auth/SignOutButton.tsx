import { useTranslation } from 'react-i18next';
import { useSignOut } from './use-session';

export function SignOutButton({ onSignedOut }: { onSignedOut?: () => void }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <button
      type="button"
      className="btn btn-secondary"
      disabled={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => onSignedOut?.() })}
    >
      {t('auth.signOut')}
    </button>
  );
}
