import { describe, expect, it } from 'vitest';
import { filterVenues, groupByKind, type SearchableVenue } from './venue-search';

const venues: SearchableVenue[] = [
  { kind: 'hotel', name: 'Hotel Melati', city: 'Yogyakarta', description: 'Kamar nyaman' },
  { kind: 'restaurant', name: 'Warung Nusantara', city: 'Bandung', description: 'Masakan Sunda' },
  { kind: 'cinema', name: 'Bioskop Café', city: 'Jakarta', description: 'Film terbaru' },
  { kind: 'restaurant', name: 'Sate Pak Kumis', city: 'Jakarta', description: 'Sate kambing' },
];
const label = (kind: string) => ({ cinema: 'Bioskop', hotel: 'Hotel', restaurant: 'Restoran' })[kind] ?? kind;

describe('filterVenues', () => {
  it('keeps everything for an empty query', () => {
    expect(filterVenues(venues, '  ', label)).toHaveLength(4);
  });

  it('matches every word across fields, ignoring case and accents', () => {
    expect(filterVenues(venues, 'JAKARTA sate', label).map((v) => v.name)).toEqual(['Sate Pak Kumis']);
    expect(filterVenues(venues, 'cafe', label).map((v) => v.name)).toEqual(['Bioskop Café']);
  });

  it('matches the translated kind label', () => {
    expect(filterVenues(venues, 'restoran', label)).toHaveLength(2);
  });
});

describe('groupByKind', () => {
  it('groups in the fixed kind order and drops empty kinds', () => {
    const groups = groupByKind(venues);
    expect(groups.map((group) => group.kind)).toEqual(['restaurant', 'hotel', 'cinema']);
    expect(groups[0]?.venues).toHaveLength(2);
  });
});
