import { normalizeClaimCode } from '@reserva/domain';
import { trpc, useApiError } from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { saveHoldSession } from '../booking/seats/hold-session';

/**
 * holds.claim: the hold moves to this device (a new token; the old device's stops working). Its
 * contact is sent again to get the operator's WhatsApp link — the same claim code comes back —
 * and the hold page opens.
 */
export function useClaim() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const [error, setError] = useState<string | undefined>();
  const claim = trpc.holds.claim.useMutation();
  const attach = trpc.holds.attachContact.useMutation();

  const submit = (typed: string) => {
    const claimCode = normalizeClaimCode(typed);
    if (!claimCode) return setError(t('claim.invalid'));
    setError(undefined);
    claim.mutate(
      { claimCode },
      {
        onSuccess: async (hold) => {
          let operatorWhatsappUrl: string | null = null;
          const { name, whatsapp, email } = hold.contact ?? {};
          if (name && whatsapp) {
            const contact = { holdToken: hold.holdToken, name, whatsapp, email: email ?? undefined };
            operatorWhatsappUrl = await attach
              .mutateAsync(contact)
              .then((result) => result.operatorWhatsappUrl)
              .catch(() => null);
          }
          saveHoldSession({
            token: hold.holdToken,
            holdId: hold.holdId,
            eventId: hold.event.id,
            venueSlug: hold.event.venue.slug,
            seatIds: hold.seats.map((seat) => seat.id),
            operatorWhatsappUrl,
          });
          const { holdToken: _, ...view } = hold;
          utils.holds.get.setData({ holdToken: hold.holdToken }, view);
          navigate('/hold');
        },
        onError: (failure) => {
          const view = apiError(failure, { 'NOT_FOUND:claimCode': t('claim.notFound') });
          setError(view.fields.claimCode ?? view.message ?? t('errors.generic'));
        },
      },
    );
  };
  return {
    submit,
    error,
    clearError: () => setError(undefined),
    isPending: claim.isPending || attach.isPending,
  };
}
