import {
  checkEmail,
  checkName,
  checkNewPassword,
  checkPhone,
  FormAlert,
  FormField,
  SubmitButton,
  useApiError,
  useDocumentTitle,
  useForm,
  useMe,
  useRegister,
} from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.register'));
  const me = useMe();
  const register = useRegister();
  const apiError = useApiError();
  const form = useForm(
    { name: '', email: '', password: '', phone: '' },
    { name: checkName, email: checkEmail, password: checkNewPassword, phone: checkPhone },
  );

  if (me.data) return <Navigate to="/" replace />;

  const submit = () => {
    const { phone, ...rest } = form.values;
    register.mutate(phone.trim() ? { ...rest, phone } : rest, {
      onError: (error) => form.fail(apiError(error, { 'CONFLICT:email': t('validation.emailTaken') })),
    });
  };

  return (
    <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit(submit)}>
      <h1>{t('auth.registerTitle')}</h1>
      <FormAlert message={form.formError} />
      <FormField label={t('auth.name')} autoComplete="name" required {...form.field('name')} />
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
        autoComplete="new-password"
        hint={t('auth.passwordHint')}
        required
        {...form.field('password')}
      />
      <FormField
        label={t('auth.phone')}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        hint={t('auth.phoneHint')}
        {...form.field('phone')}
      />
      <SubmitButton busy={register.isPending}>{t('auth.submitRegister')}</SubmitButton>
      <p className="form-footer">
        {t('auth.haveAccount')} <Link to="/signin">{t('auth.signIn')}</Link>
      </p>
    </form>
  );
}
