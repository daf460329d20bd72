/** Column lists several repositories select, so a resource or venue reads the same everywhere. */

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
