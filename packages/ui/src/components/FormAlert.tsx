import { Icon } from './Icon';
/** The form-level error (not tied to one field), announced when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="form-alert">
      <Icon name="warning" /> {message}
    </div>
  );
}
