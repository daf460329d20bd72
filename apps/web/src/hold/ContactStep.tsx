import {
  ContactFields,
  contactInput,
  FormAlert,
  SubmitButton,
  trpc,
  type User,
  useApiError,
  useContactForm,
} from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { updateHoldSession } from '../booking/seats/hold-session';
import { BookingStep } from '../booking/shared/BookingStep';

interface ContactStepProps {
  number: number;
  /** The hold token; without it the hold cookie is used. */
  token: string | undefined;
  user: User | null;
  onGone: () => void;
}

// holds.attachContact calls the phone `whatsapp`; the shared contact form calls it `phone`.
const FORM_FIELD: Record<string, 'name' | 'phone' | 'email'> = {
  name: 'name',
  whatsapp: 'phone',
  email: 'email',
};

/** Name and WhatsApp on the hold → its claim code, to pay the operator with. */
export function ContactStep({ number, token, user, onGone }: ContactStepProps) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const form = useContactForm(user);
  const attach = trpc.holds.attachContact.useMutation();

  const submit = () => {
    const contact = contactInput(form.values, user);
    if (!contact)
      return form.fail({ code: 'INVALID', fields: { phone: t('validation.required') }, message: null });
    attach.mutate(
      { holdToken: token, name: contact.name, whatsapp: contact.phone, email: contact.email },
      {
        onSuccess: (result) => {
          updateHoldSession({ operatorWhatsappUrl: result.operatorWhatsappUrl });
          void utils.holds.get.invalidate();
        },
        onError: (failure) => {
          const view = apiError(failure, {
            'BAD_REQUEST:name': t('validation.nameRequired'),
            'BAD_REQUEST:whatsapp': t('validation.phone'),
            'BAD_REQUEST:email': t('validation.email'),
          });
          if (view.code === 'NOT_FOUND') return onGone();
          const fields = Object.fromEntries(
            Object.entries(view.fields).map(([field, message]) => [FORM_FIELD[field] ?? field, message]),
          );
          form.fail({ ...view, fields });
        },
      },
    );
  };

  return (
    <BookingStep number={number} title={t('bus.contactStep')}>
      <form ref={form.formRef} className="reserve-form" noValidate onSubmit={form.onSubmit(submit)}>
        <p className="field-hint">{t('bus.contactHint')}</p>
        <ContactFields form={form} user={user} />
        <FormAlert message={form.formError} />
        <SubmitButton busy={attach.isPending}>{t('bus.getClaimCode')}</SubmitButton>
      </form>
    </BookingStep>
  );
}
