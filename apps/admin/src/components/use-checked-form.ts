import { useForm } from '@reserva/ui';
import type { FormEvent } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import type { Check } from './checks';

type Checks<F extends string> = Partial<Record<F, Check>>;

/**
 * The shared `useForm` with the panel's own checks: they run on submit, and the messages land on
 * their fields exactly as the server's do (focus moves to the first one).
 */
export function useCheckedForm<F extends string>(
  initial: Record<F, string>,
  /** Or a function of the values, when what is checked depends on another field (a venue's kind). */
  checksOrRule: Checks<F> | ((values: Record<F, string>) => Checks<F>),
): CheckedForm<F> {
  const { pt } = usePanelT();
  const form = useForm(initial);
  const onSubmit = (submit: () => void) =>
    form.onSubmit(() => {
      const checks = typeof checksOrRule === 'function' ? checksOrRule(form.values) : checksOrRule;
      const fields: Record<string, string> = {};
      for (const name of Object.keys(checks) as F[]) {
        const problem = checks[name]?.(form.values[name]);
        if (problem) fields[name] = pt(problem.key, problem.values);
      }
      if (Object.keys(fields).length > 0) form.fail({ code: 'BAD_REQUEST', fields, message: null });
      else submit();
    });
  return { ...form, onSubmit };
}

export type CheckedForm<F extends string> = Omit<ReturnType<typeof useForm<F>>, 'onSubmit'> & {
  onSubmit: (submit: () => void) => (event: FormEvent<HTMLFormElement>) => void;
};

/** One field's value, error and setter, as `form.field(name)` gives it. */
export type Binding = ReturnType<CheckedForm<string>['field']>;
