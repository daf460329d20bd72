export { ApiProvider } from './api/ApiProvider';
export { type ApiErrorView, errorCode, isClientError, readApiError } from './api/errors';
export { type RouterInputs, type RouterOutputs, trpc, type User } from './api/trpc';
export { useApiError } from './api/use-api-error';
export {
  checkEmail,
  checkName,
  checkNewPassword,
  checkPassword,
  checkPhone,
  checkRequired,
} from './auth/auth-rules';
export { SignInForm } from './auth/SignInForm';
export { SignOutButton } from './auth/SignOutButton';
export { useMe, useRegister, useSignIn, useSignOut } from './auth/use-session';
export { AppShell } from './components/AppShell';
export { Badge, type Tone } from './components/Badge';
export { CopyButton } from './components/CopyButton';
export { Field } from './components/Field';
export { FormAlert } from './components/FormAlert';
export { FormField } from './components/FormField';
export { Icon, type IconName } from './components/Icon';
export { LanguageSwitch } from './components/LanguageSwitch';
export { NotFound } from './components/NotFound';
export { Notice } from './components/Notice';
export { Loading, QueryError } from './components/QueryState';
export { StatusBadge } from './components/StatusBadge';
export { SubmitButton } from './components/SubmitButton';
export { DEFAULT_TIME_ZONE, formatDate, formatDateTime } from './format/date';
export { formatIdr, formatMoney } from './format/money';
export { whatsappUrl } from './format/whatsapp';
export { type Rule, useForm, type ValidationKey } from './forms/use-form';
export { useDebouncedValue } from './hooks/use-debounced-value';
export { useDocumentTitle } from './hooks/use-document-title';
export type { Dictionary } from './i18n/dictionary';
export { currentLanguage, currentLocale, initI18n, LANGUAGES, type Language, setLanguage } from './i18n/i18n';
