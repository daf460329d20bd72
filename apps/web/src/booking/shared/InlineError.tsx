import { Icon } from '@reserva/ui';

/** An error beside a picker (times, desks, rooms) that is not a single input: announced when it appears. */
export function InlineError({ message, id }: { message: string | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="field-error">
      <Icon name="warning" /> {message}
    </p>
  );
}
