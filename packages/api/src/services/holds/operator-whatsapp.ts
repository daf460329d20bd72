/**
 * The link that opens WhatsApp on the operator's number with the customer's message already
 * written: the claim code first, so the operator can find the hold whatever else is said.
 */
export function operatorWhatsappUrl({
  phone,
  claimCode,
  name,
  title,
  startsAt,
  timeZone,
  seatLabels,
}: {
  phone: string | null;
  claimCode: string;
  name: string;
  title: string;
  startsAt: Date;
  timeZone: string;
  seatLabels: readonly string[];
}): string | null {
  const digits = phone?.replace(/\D/g, '') ?? '';
  if (digits.length < 8) return null;
  const when = new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(startsAt);
  const text =
    `Halo, saya ${name} ingin membayar pesanan dengan kode klaim ${claimCode}: ` +
    `${title}, ${when}, kursi ${seatLabels.join(', ')}. Terima kasih.`;
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}
