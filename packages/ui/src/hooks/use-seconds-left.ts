import { useEffect, useState } from 'react';

/** The current time, updated every `intervalMs` while the component is mounted. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Whole seconds until `until` (never below 0), ticking every second. */
export function useSecondsLeft(until: string | Date): number {
  const now = useNow();
  const end = (typeof until === 'string' ? new Date(until) : until).getTime();
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** `09:05`: minutes and seconds, as a hold countdown shows them. */
export function clockOf(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
