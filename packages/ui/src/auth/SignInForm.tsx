import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/trpc';
import { useApiError } from '../api/use-api-error';
import { FormAlert } from '../components/FormAlert';
import { FormField } from '../components/FormField';
import { SubmitButton } from '../components/SubmitButton';
import { useForm } from '../forms/use-form';
import { checkEmail, checkPassword } from './auth-rules';
import { useSignIn } from './use-session';

interface SignInFormProps {
  title: string;
  onSignedIn?: (user: User) => void;
  footer?: ReactNode;
}

export function SignInForm({ title, onSignedIn, footer }: SignInFormProps) {
  const { t } = useTranslation();
  const form = useForm({ email: '', password: '' }, { email: checkEmail, password: checkPassword });
  const signIn = useSignIn();
  const apiError = useApiError();

  const submit = () =>
    signIn.mutate(form.values, {
      onSuccess: (user) => onSignedIn?.(user),
      onError: (error) => form.fail(apiError(error, { UNAUTHORIZED: t('auth.wrongCredentials') })),
    });

  return (
    <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit(submit)}>
      <h1>{title}</h1>
      <FormAlert message={form.formError} />
      <FormField
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        {...form.field('email')}
      />
      <FormField
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        required
        {...form.field('password')}
      />
      <SubmitButton busy={signIn.isPending}>{t('auth.submitSignIn')}</SubmitButton>
      {footer ? <div className="form-footer">{footer}</div> : null}
    </form>
  );
}
