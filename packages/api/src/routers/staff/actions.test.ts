import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { historyRows, insertBooking, itemRows, minutesLater, signedIn, statusOf } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
let venueId: string;
let tables: Record<string, string>;
let staff: Awaited<ReturnType<typeof signedIn>>;

beforeEach(async () => {
  venueId = (await insertVenue(database, { kind: 'restaurant', slug: 'warung' })).id;
  tables = await insertResources(database, venueId, 'table', [{ label: 'T1', capacity: 4 }]);
  staff = await signedIn(database, testApi, 'staff');
});

const start = () => localAt(TZ, 3, '19:00');
const booking = (status: 'PENDING' | 'CONFIRMED' | 'CHECKED_IN', at = start()) =>
  insertBooking(database, {
    venueId,
    status,
    start: at,
    end: minutesLater(at, 90),
    resourceIds: [tables.T1!],
  });

describe('staff status actions', () => {
  it('confirm: PENDING → CONFIRMED, with the staff member in history; the table stays held', async () => {
    const { id } = await booking('PENDING');
    const detail = await staff.api.staff.bookings.confirm({ id });
    expect(detail.status).toBe('CONFIRMED');
    expect(detail.history.at(-1)).toMatchObject({
      from: 'PENDING',
      to: 'CONFIRMED',
      actor: 'staff@reserva.test',
    });
    expect((await historyRows(database, id)).at(-1)).toMatchObject({
      actor: 'staff@reserva.test',
      actorUserId: staff.user.id,
      from: 'PENDING',
      to: 'CONFIRMED',
    });
    expect((await itemRows(database, id)).map((item) => item.active)).toEqual([true]);
  });

  it('checkIn by id, and by the booking code the front desk scans (any case)', async () => {
    const first = await booking('CONFIRMED');
    expect((await staff.api.staff.bookings.checkIn({ id: first.id })).status).toBe('CHECKED_IN');
    const second = await booking('CONFIRMED', localAt(TZ, 4, '19:00'));
    const detail = await staff.api.staff.bookings.checkIn({ code: ` ${second.code.toLowerCase()} ` });
    expect(detail).toMatchObject({ id: second.id, status: 'CHECKED_IN' });
    for (const { id } of [first, second]) {
      expect((await historyRows(database, id)).at(-1)).toMatchObject({ from: 'CONFIRMED', to: 'CHECKED_IN' });
      expect((await itemRows(database, id))[0]!.active).toBe(true);
    }
    const unknownCode = await rejectionOf(staff.api.staff.bookings.checkIn({ code: 'BK-ZZZZZZ' }));
    expect(unknownCode.code).toBe('NOT_FOUND');
  });

  it('checkIn while PENDING is the illegal-transition CONFLICT, and nothing changes', async () => {
    const { id } = await booking('PENDING');
    const error = await rejectionOf(staff.api.staff.bookings.checkIn({ id }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('A booking that is PENDING cannot become CHECKED_IN');
    expect(await statusOf(database, id)).toBe('PENDING');
    expect(await historyRows(database, id)).toHaveLength(1);
  });

  it('complete: CHECKED_IN → COMPLETED frees the table; completing a CONFIRMED booking is refused', async () => {
    const { id } = await booking('CHECKED_IN');
    const detail = await staff.api.staff.bookings.complete({ id });
    expect(detail.status).toBe('COMPLETED');
    expect((await historyRows(database, id)).at(-1)).toMatchObject({ from: 'CHECKED_IN', to: 'COMPLETED' });
    expect((await itemRows(database, id))[0]!.active).toBe(false);

    const confirmed = await booking('CONFIRMED', localAt(TZ, 5, '19:00'));
    const error = await rejectionOf(staff.api.staff.bookings.complete({ id: confirmed.id }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('A booking that is CONFIRMED cannot become COMPLETED');
  });

  it('cancel needs a reason code and a description; it records both and frees the table', async () => {
    const { id } = await booking('CONFIRMED');
    const missing = await rejectionOf(
      staff.api.staff.bookings.cancel({ id, reasonCode: 'VENUE_CLOSED' } as never),
    );
    expect(missing.code).toBe('BAD_REQUEST');
    expect(missing.field).toBe('description');
    const blank = await rejectionOf(
      staff.api.staff.bookings.cancel({ id, reasonCode: 'OTHER', description: '  ' }),
    );
    expect(blank.field).toBe('description');
    const badReason = await rejectionOf(
      staff.api.staff.bookings.cancel({ id, reasonCode: 'BORED', description: 'x' } as never),
    );
    expect(badReason.field).toBe('reasonCode');
    expect(await statusOf(database, id)).toBe('CONFIRMED');

    const detail = await staff.api.staff.bookings.cancel({
      id,
      reasonCode: 'VENUE_CLOSED',
      description: 'Flooded kitchen',
    });
    expect(detail).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'VENUE_CLOSED',
      cancelDescription: 'Flooded kitchen',
    });
    expect((await historyRows(database, id)).at(-1)).toMatchObject({
      actor: 'staff@reserva.test',
      from: 'CONFIRMED',
      to: 'CANCELLED',
      note: 'VENUE_CLOSED: Flooded kitchen',
    });
    expect((await itemRows(database, id))[0]!.active).toBe(false);
    const again = await rejectionOf(
      staff.api.staff.bookings.cancel({ id, reasonCode: 'OTHER', description: 'x' }),
    );
    expect(again.message).toBe('A booking that is CANCELLED cannot become CANCELLED');
  });

  it('noShow: a confirmed booking that has started becomes NO_SHOW; one still to come is refused', async () => {
    const started = await booking('CONFIRMED', minutesLater(new Date(), -30));
    const detail = await staff.api.staff.bookings.noShow({ id: started.id });
    expect(detail.status).toBe('NO_SHOW');
    expect((await historyRows(database, started.id)).at(-1)).toMatchObject({
      from: 'CONFIRMED',
      to: 'NO_SHOW',
    });
    expect((await itemRows(database, started.id))[0]!.active).toBe(false);

    const later = await booking('CONFIRMED');
    const error = await rejectionOf(staff.api.staff.bookings.noShow({ id: later.id }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('This booking has not started yet; it cannot be a no-show');
    expect(await statusOf(database, later.id)).toBe('CONFIRMED');
  });
});

describe('staff actions: ids and roles', () => {
  /** Every staff action on one booking, each called only when the test gets to it. */
  const actions = (api: typeof staff.api, id: string) => [
    () => api.staff.bookings.confirm({ id }),
    () => api.staff.bookings.assign({ id, resourceId: tables.T1! }),
    () => api.staff.bookings.checkIn({ id }),
    () => api.staff.bookings.complete({ id }),
    () => api.staff.bookings.cancel({ id, reasonCode: 'OTHER', description: 'x' }),
    () => api.staff.bookings.noShow({ id }),
  ];

  it('an unknown id is NOT_FOUND and a malformed one BAD_REQUEST, for every action', async () => {
    for (const call of actions(staff.api, UNKNOWN_ID))
      expect((await rejectionOf(call())).code).toBe('NOT_FOUND');
    for (const call of actions(staff.api, 'not-a-uuid')) {
      const error = await rejectionOf(call());
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.field).toBe('id');
    }
  });

  it('customers are FORBIDDEN, anonymous callers UNAUTHORIZED, and nothing changes', async () => {
    const { id } = await booking('PENDING');
    const customer = (await signedIn(database, testApi, 'customer')).api;
    const anonymous = testApi.client().api;
    const reads = (api: typeof customer) => [() => api.staff.bookings.list(), () => api.staff.stats()];
    for (const call of [...actions(customer, id), ...reads(customer)]) {
      expect((await rejectionOf(call())).code).toBe('FORBIDDEN');
    }
    for (const call of [...actions(anonymous, id), ...reads(anonymous)]) {
      expect((await rejectionOf(call())).code).toBe('UNAUTHORIZED');
    }
    expect(await statusOf(database, id)).toBe('PENDING');
    expect(await historyRows(database, id)).toHaveLength(1);
  });

  it('a staff API key works, and history names the key', async () => {
    const admin = await signedIn(database, testApi, 'admin');
    const { key } = await admin.api.admin.apiKeys.create({ name: 'Front desk', role: 'staff' });
    const desk = testApi.client({ bearerToken: key, origin: null }).api;
    const { id, code } = await booking('PENDING');
    expect((await desk.staff.bookings.list()).items.map((item) => item.code)).toEqual([code]);
    expect((await desk.staff.bookings.confirm({ id })).status).toBe('CONFIRMED');
    expect((await historyRows(database, id)).at(-1)).toMatchObject({
      actor: 'api-key:Front desk',
      actorUserId: null,
    });
  });
});
