/** Column lists several repositories select, so a resource, venue or event reads the same everywhere. */

export const RESOURCE_COLUMNS = [
  'resources.id',
  'resources.venue_id as venueId',
  'resources.layout_id as layoutId',
  'resources.kind',
  'resources.label',
  'resources.capacity',
  'resources.area',
  'resources.price_minor as priceMinor',
  'resources.status',
  'resources.pos_row as row',
  'resources.pos_col as col',
] as const;

export const VENUE_SUMMARY_COLUMNS = [
  'venues.id',
  'venues.slug',
  'venues.kind',
  'venues.name',
  'venues.description',
  'venues.city',
  'venues.address',
  'venues.time_zone as timeZone',
  'venues.currency',
  'venues.whatsapp',
  'venues.image_url as imageUrl',
] as const;

/** What the public and the admin both see of an event. */
export const EVENT_FACT_COLUMNS = [
  'events.id',
  'events.layout_id as layoutId',
  'events.kind',
  'events.title',
  'events.origin',
  'events.destination',
  'events.starts_at as startsAt',
  'events.ends_at as endsAt',
  'events.price_minor as priceMinor',
  'events.bus_type as busType',
  'events.operator_whatsapp as operatorWhatsapp',
  'events.status',
] as const;
