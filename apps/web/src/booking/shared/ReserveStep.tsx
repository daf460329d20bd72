import { ContactFields, type ContactForm, FormAlert, SubmitButton, type User } from '@reserva/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { BookingStep } from './BookingStep';

interface ReserveStepProps {
  number: number;
  form: ContactForm;
  user: User | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** The summary of what is about to be booked. */
  children: ReactNode;
}

/** The last step of every journey: what you are booking, who it is for, and the button. */
export function ReserveStep({ number, form, user, busy, submitLabel, onSubmit, children }: ReserveStepProps) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <BookingStep number={number} title={t('booking.detailsStep')}>
      <form ref={form.formRef} className="reserve-form" noValidate onSubmit={form.onSubmit(onSubmit)}>
        <div className="reserve-summary">{children}</div>
        <ContactFields form={form} user={user} />
        {user ? null : (
          <p className="form-footer">
            {t('booking.signInHint')}{' '}
            <Link to="/signin" state={{ from: location.pathname }}>
              {t('auth.signIn')}
            </Link>
          </p>
        )}
        <FormAlert message={form.formError} />
        <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      </form>
    </BookingStep>
  );
}
