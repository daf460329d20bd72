import { useTranslation } from 'react-i18next';
import type { User } from '../api/trpc';
import { FormField } from '../components/FormField';
import type { ContactForm } from './contact-form';

/** Name, WhatsApp number and optional email; prefilled (and optional) from a signed-in customer's account. */
export function ContactFields({ form, user }: { form: ContactForm; user: User | null }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('booking.contact.title')}</legend>
      {user ? <p className="field-hint">{t('booking.contact.fromAccount')}</p> : null}
      <FormField
        label={t('booking.contact.name')}
        autoComplete="name"
        required={!user}
        {...form.field('name')}
      />
      <FormField
        label={t('booking.contact.phone')}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        hint={t('booking.contact.phoneHint')}
        required={!user?.phone}
        {...form.field('phone')}
      />
      <FormField
        label={t('booking.contact.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        {...form.field('email')}
      />
    </fieldset>
  );
}
