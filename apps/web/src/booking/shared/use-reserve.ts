import { CONTACT_ERROR_FIELDS, type ContactForm, trpc, useApiError } from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { bookingLookup, rememberManageToken } from '../../booking-detail/manage-tokens';
import type { CreateBookingInput } from './types';

interface ReserveOptions {
  form: ContactForm;
  /** Input fields the journey shows errors beside; errors on any other field go to the form message. */
  fields: readonly string[];
  /** Readable messages by `CODE:field`, e.g. the CONFLICT for a table that was just taken. */
  messages?: Record<string, string>;
  /** A CONFLICT means availability moved under us: refresh it and drop the stale choice. */
  onConflict: () => void;
  /** The availability search's error, whose field errors show beside the same fields. */
  queryError: unknown;
}

/**
 * bookings.create for every journey. On success the confirmation page opens with the booking
 * already cached. On failure each message lands beside its field: contact errors on the contact
 * form, the rest (time, desk, room type, dates) in `errors`, with the search's own field errors,
 * for the journey to show by its pickers.
 */
export function useReserve({ form, fields, messages = {}, onConflict, queryError }: ReserveOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = trpc.bookings.create.useMutation();

  const reserve = (input: CreateBookingInput) => {
    setErrors({});
    mutation.mutate(input, {
      onSuccess: (booking) => {
        rememberManageToken(booking.code, booking.manageToken);
        utils.bookings.get.setData(bookingLookup(booking.code), booking);
        void utils.availability.search.invalidate();
        void utils.bookings.mine.invalidate();
        navigate(`/bookings/${booking.code}`, { state: { justBooked: true } });
      },
      onError: (error) => {
        // The server's contact checks match the form's own rules; say them in the reader's language.
        const view = apiError(error, {
          'BAD_REQUEST:contact.name': t('validation.nameRequired'),
          'BAD_REQUEST:contact.phone': t('validation.phone'),
          'BAD_REQUEST:contact.email': t('validation.email'),
          ...messages,
        });
        const contact: Record<string, string> = {};
        const beside: Record<string, string> = {};
        const elsewhere: string[] = [];
        for (const [field, message] of Object.entries(view.fields)) {
          const contactField = CONTACT_ERROR_FIELDS[field];
          if (contactField) contact[contactField] = message;
          else if (fields.includes(field)) beside[field] = message;
          else elsewhere.push(message);
        }
        form.fail({ ...view, fields: contact, message: view.message ?? (elsewhere.join(' ') || null) });
        setErrors(beside);
        if (view.code === 'CONFLICT') onConflict();
      },
    });
  };

  const queryFields = queryError ? apiError(queryError).fields : {};
  return {
    reserve,
    isPending: mutation.isPending,
    /** Field errors from the search and from the last attempt to book, by input field. */
    errors: { ...queryFields, ...errors } as Record<string, string | undefined>,
    clearErrors: () => setErrors({}),
  };
}
