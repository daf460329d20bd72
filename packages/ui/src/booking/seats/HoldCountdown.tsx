import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { clockOf, useSecondsLeft } from '../../hooks/use-seconds-left';

const LAST_MINUTE = 60;

interface HoldCountdownProps {
  expiresAt: string | Date;
  /** Called once when the time is up. */
  onExpired?: () => void;
}

/**
 * The time left on a hold as `mm:ss`. The clock itself is not a live region (a screen reader would
 * hear every second); a polite status says once that the last minute has started, and when time is up.
 */
export function HoldCountdown({ expiresAt, onExpired }: HoldCountdownProps) {
  const { t } = useTranslation();
  const seconds = useSecondsLeft(expiresAt);
  const over = seconds === 0;
  const urgent = seconds <= LAST_MINUTE;
  useEffect(() => {
    if (over) onExpired?.();
  }, [over, onExpired]);
  return (
    <div className={urgent ? 'hold-countdown hold-countdown-urgent' : 'hold-countdown'}>
      <span className="hold-countdown-label">{t('hold.timeLeft')}</span>
      <time className="hold-countdown-clock" dateTime={`PT${seconds}S`}>
        {clockOf(seconds)}
      </time>
      {urgent && !over ? <span className="hold-countdown-note">{t('hold.lastMinute')}</span> : null}
      <p role="status" className="visually-hidden">
        {over ? t('hold.timeUp') : urgent ? t('hold.lastMinuteAnnounce') : ''}
      </p>
    </div>
  );
}
