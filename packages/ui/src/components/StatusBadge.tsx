import type { BookingStatus, PaymentStatus } from '@reserva/domain';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from './Badge';

const TONES: Record<BookingStatus | PaymentStatus, Tone> = {
  HELD: 'warning',
  PENDING: 'warning',
  CONFIRMED: 'success',
  CHECKED_IN: 'info',
  COMPLETED: 'neutral',
  CANCELLED: 'danger',
  EXPIRED: 'neutral',
  RELEASED: 'neutral',
  NO_SHOW: 'danger',
  UNPAID: 'warning',
  PAID: 'success',
  REFUND_PENDING: 'info',
  REFUNDED: 'neutral',
  PARTIALLY_REFUNDED: 'info',
  REFUND_FAILED: 'danger',
};

export function StatusBadge({ status }: { status: BookingStatus | PaymentStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>;
}
