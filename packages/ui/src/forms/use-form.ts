import { type FormEvent, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorView } from '../api/errors';
import type { Dictionary } from '../i18n/dictionary';

export type ValidationKey = keyof Dictionary['validation'];
/** A rule returns the translation key of what is wrong, or null when the value is fine. */
export type Rule = (value: string) => ValidationKey | null;

export interface FieldBinding {
  name: string;
  value: string;
  error: string | undefined;
  onValueChange: (value: string) => void;
}

/**
 * Controlled form state with per-field errors. Client rules catch the common mistakes in the
 * reader's language; the server stays the judge and its errors land on the same fields.
 */
export function useForm<F extends string>(initial: Record<F, string>, rules: Partial<Record<F, Rule>> = {}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Moving focus to the first bad field tells keyboard and screen-reader users where to look.
  const focusFirstError = useCallback(() => {
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }, []);

  const field = (name: F): FieldBinding => ({
    name,
    value: values[name],
    error: errors[name],
    onValueChange: (value) => {
      setValues((current) => ({ ...current, [name]: value }));
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
  });

  const validate = (): boolean => {
    const found: Partial<Record<F, string>> = {};
    for (const name of Object.keys(rules) as F[]) {
      const key = rules[name]?.(values[name]);
      if (key) found[name] = t(`validation.${key}`);
    }
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length === 0) return true;
    focusFirstError();
    return false;
  };

  const fail = (view: ApiErrorView) => {
    const known: Partial<Record<F, string>> = {};
    const other: string[] = [];
    for (const [name, message] of Object.entries(view.fields)) {
      if (name in values) known[name as F] = message;
      else other.push(message);
    }
    setErrors(known);
    setFormError(view.message ?? (other.length > 0 ? other.join(' ') : null));
    focusFirstError();
  };

  const onSubmit = (submit: () => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (validate()) submit();
  };

  const reset = () => {
    setValues(initial);
    setErrors({});
    setFormError(null);
  };

  return { values, errors, formError, formRef, field, validate, fail, onSubmit, reset };
}
