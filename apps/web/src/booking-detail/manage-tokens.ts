/**
 * The manage tokens of guest bookings made in this browser, by booking code: with one, the
 * booking page opens without asking for the phone's last digits or the email. Only the latest
 * few are kept.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'reserva.manageTokens';
const listeners = new Set<() => void>();
const KEEP = 20;

function stored(): [code: string, token: string][] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter((entry): entry is [string, string] => Array.isArray(entry) && entry.length === 2)
      : [];
  } catch {
    return [];
  }
}

export function rememberManageToken(code: string, token: string | undefined): void {
  if (!token) return;
  const others = stored().filter(([known]) => known !== code);
  try {
    localStorage.setItem(KEY, JSON.stringify([[code, token], ...others].slice(0, KEEP)));
  } catch {
    // Storage full or refused (private mode): the guest can still use the code with their phone.
  }
  for (const listener of listeners) listener();
}

export const manageTokenOf = (code: string) => stored().find(([known]) => known === code)?.[1];

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The kept token of a code, as it changes: a booking page can open before the payment's answer
 * (the seat stream says "booked" first) and must pick the token up when it arrives.
 */
export const useKeptManageToken = (code: string) =>
  useSyncExternalStore(subscribe, () => manageTokenOf(code));

/** What a guest proves a booking is theirs with, besides its code. */
export interface GuestProof {
  phoneLast4?: string;
  email?: string;
}

/** The bookings.get input for a code in this browser: the proof just typed, else a kept manage token. */
export function bookingLookup(code: string, proof?: GuestProof | null, manageToken = manageTokenOf(code)) {
  if (proof?.phoneLast4 || proof?.email) return { code, ...proof };
  return manageToken ? { code, manageToken } : { code };
}
