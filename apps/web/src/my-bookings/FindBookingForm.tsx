import { normalizeBookingCode } from '@reserva/domain';
import { FormField } from '@reserva/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A guest (no account) reaches their booking with the code they were given. */
export function FindBookingForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalized = normalizeBookingCode(code);
    if (!normalized) {
      setError(t('myBookings.find.invalid'));
      return;
    }
    navigate(`/bookings/${normalized}`);
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
        error={error}
        onValueChange={(value) => {
          setCode(value);
          setError(undefined);
        }}
      />
      <button type="submit" className="btn btn-secondary">
        {t('myBookings.find.submit')}
      </button>
    </form>
  );
}
