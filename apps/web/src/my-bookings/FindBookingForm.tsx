import { normalizeBookingCode } from '@reserva/domain';
import { FormField } from '@reserva/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GuestProof } from '../booking-detail/manage-tokens';

/** `1234` → the phone's last 4 digits, `a@b.id` → the email, empty → none; null when it is neither. */
function proofOf(typed: string): GuestProof | null {
  const value = typed.trim();
  if (value === '') return {};
  if (value.includes('@')) return { email: value };
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{4}$/.test(digits) ? { phoneLast4: digits } : null;
}

/**
 * A guest (no account) reaches their booking with its code and the last 4 digits of the phone or
 * the email they booked with. The proof travels in the page's state, never in the address.
 */
export function FindBookingForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState(initialCode);
  const [proof, setProof] = useState('');
  const [errors, setErrors] = useState<{ code?: string; proof?: string }>({});
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalized = normalizeBookingCode(code);
    const given = proofOf(proof);
    if (!normalized || !given) {
      setErrors({
        ...(normalized ? {} : { code: t('myBookings.find.invalid') }),
        ...(given ? {} : { proof: t('myBookings.find.proofInvalid') }),
      });
      return;
    }
    navigate(`/bookings/${normalized}`, { state: { proof: given } });
  };
  return (
    <form className="card form find-booking" noValidate onSubmit={submit}>
      <h2>{t('myBookings.find.title')}</h2>
      <FormField
        label={t('myBookings.find.label')}
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        hint={t('myBookings.find.hint')}
        value={code}
        error={errors.code}
        onValueChange={(value) => {
          setCode(value);
          setErrors(({ proof }) => ({ proof }));
        }}
      />
      <FormField
        label={t('myBookings.find.proofLabel')}
        name="proof"
        autoComplete="off"
        hint={t('myBookings.find.proofHint')}
        value={proof}
        error={errors.proof}
        onValueChange={(value) => {
          setProof(value);
          setErrors(({ code }) => ({ code }));
        }}
      />
      <button type="submit" className="btn btn-secondary">
        {t('myBookings.find.submit')}
      </button>
    </form>
  );
}
