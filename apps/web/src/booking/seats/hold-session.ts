import { useSyncExternalStore } from 'react';

/**
 * The hold this tab is working on. The server also keeps its token in an httpOnly cookie; keeping
 * it here too means a reload finds the hold again, and if the hold is gone (expired, moved to
 * another device) we still know which seats to offer again and where.
 */
export interface HoldSession {
  token: string;
  holdId: string;
  eventId: string;
  venueSlug: string;
  seatIds: string[];
  /** The link holds.attachContact gave (bus), so the WhatsApp button survives a reload. */
  operatorWhatsappUrl?: string | null;
}

const KEY = 'reserva.hold';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: HoldSession | null } = { raw: null, value: null };

function read(): HoldSession | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(KEY);
  } catch {
    // Storage refused (private mode): the cookie still carries the hold.
  }
  if (raw === cached.raw) return cached.value;
  let value: HoldSession | null = null;
  try {
    const parsed = raw ? (JSON.parse(raw) as HoldSession) : null;
    value = parsed && typeof parsed.token === 'string' && typeof parsed.holdId === 'string' ? parsed : null;
  } catch {
    value = null;
  }
  cached = { raw, value };
  return value;
}

function write(session: HoldSession | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Not kept across a reload; this page still works.
  }
  for (const listener of listeners) listener();
}

export const saveHoldSession = (session: HoldSession) => write(session);
export const updateHoldSession = (patch: Partial<HoldSession>) => {
  const current = read();
  if (current) write({ ...current, ...patch });
};
export const clearHoldSession = () => write(null);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The stored hold, re-rendering whoever reads it when it changes. */
export const useHoldSession = (): HoldSession | null => useSyncExternalStore(subscribe, read, () => null);
