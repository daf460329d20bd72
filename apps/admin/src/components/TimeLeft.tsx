import { clockOf, useSecondsLeft } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';

/**
 * A live countdown. Not a live region: a screen reader would hear every second; the time is read
 * when the reader reaches it, and the last minute is marked in words as well as colour.
 */
export function TimeLeft({ until }: { until: string }) {
  const { pt } = usePanelT();
  const seconds = useSecondsLeft(until);
  if (seconds === 0) return <span className="time-left time-left-over">{pt('time.expired')}</span>;
  const urgent = seconds <= 60;
  return (
    <time dateTime={`PT${seconds}S`} className={urgent ? 'time-left time-left-urgent' : 'time-left'}>
      {pt('time.left', { clock: clockOf(seconds) })}
      {urgent ? ` · ${pt('time.lastMinute')}` : null}
    </time>
  );
}
