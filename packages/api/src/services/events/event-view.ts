import { type SeatClassPrice, seatPriceMinor, venueSettings } from '@reserva/domain';
import type { PublicEventRow } from '../../repositories/public-events.repository.js';

type SummaryRow = Omit<
  PublicEventRow,
  'settings' | 'layoutName' | 'layoutKind' | 'rows' | 'cols' | 'frontLabel' | 'seatClasses' | 'seatCount'
>;

export function eventSummary(row: SummaryRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    origin: row.origin,
    destination: row.destination,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    priceMinor: row.priceMinor,
    currency: row.currency,
    busType: row.busType,
    status: row.status,
    freeSeats: row.freeSeats,
    layoutId: row.layoutId,
    venue: {
      id: row.venueId,
      slug: row.venueSlug,
      name: row.venueName,
      kind: row.venueKind,
      city: row.venueCity,
      timeZone: row.timeZone,
    },
  };
}

/** Each class of the layout at what it costs for this event (see seatPriceMinor). */
export const classPricesFor = (eventPriceMinor: number, seatClasses: readonly SeatClassPrice[]) =>
  seatClasses.map((seatClass) => ({
    name: seatClass.name,
    priceMinor: seatPriceMinor({ eventPriceMinor, seatClasses, seatClass: seatClass.name }),
  }));

export function eventDetail(row: PublicEventRow) {
  const settings = venueSettings(row.settings);
  const seatClasses = classPricesFor(row.priceMinor, row.seatClasses);
  return {
    ...eventSummary(row),
    /** The dearest seat: above `priceMinor` when a better class costs more. */
    maxPriceMinor: Math.max(row.priceMinor, ...seatClasses.map((seatClass) => seatClass.priceMinor)),
    operatorWhatsapp: row.operatorWhatsapp ?? row.venueWhatsapp,
    holdMinutes: settings.holdMinutes,
    maxSeatsPerHold: settings.maxSeatsPerHold,
    layout: {
      id: row.layoutId,
      name: row.layoutName,
      kind: row.layoutKind,
      rows: row.rows,
      cols: row.cols,
      frontLabel: row.frontLabel,
      seatCount: row.seatCount,
      seatClasses,
    },
  };
}
