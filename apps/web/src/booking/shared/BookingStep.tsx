import { type ReactNode, useId } from 'react';

/** One numbered step of a booking journey; later steps appear once the earlier ones are done. */
export function BookingStep({
  number,
  title,
  children,
}: {
  number: number;
  title: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="booking-step" aria-labelledby={headingId}>
      <h3 id={headingId} className="booking-step-title">
        <span className="booking-step-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h3>
      {children}
    </section>
  );
}
