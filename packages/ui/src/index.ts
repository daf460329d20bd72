export { ApiProvider } from './api/ApiProvider';
export { type ApiErrorView, errorCode, isClientError, readApiError } from './api/errors';
export { newIdempotencyKey } from './api/idempotency-key';
export { type RouterInputs, type RouterOutputs, trpc, type User } from './api/trpc';
export { useApiError } from './api/use-api-error';
export { useAttemptKey } from './api/use-attempt-key';
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
export { BookingCode } from './booking/BookingCode';
export { BookingFacts } from './booking/BookingFacts';
export { BookingHistory } from './booking/BookingHistory';
export type { BookingDetail, BookingSummary } from './booking/booking-types';
export { bookingWhen } from './booking/booking-when';
export { ContactFields } from './booking/ContactFields';
export {
  CONTACT_ERROR_FIELDS,
  type ContactForm,
  type ContactInput,
  contactInput,
  useContactForm,
} from './booking/contact-form';
export { LIVE_REFRESH } from './booking/live-refresh';
export { HoldCountdown } from './booking/seats/HoldCountdown';
export { SeatClassLegend } from './booking/seats/SeatClassLegend';
export {
  applySeatChange,
  classTags,
  SEAT_SPOT_STATUSES,
  type Seat,
  type SeatChange,
  type SeatMap,
  type SeatWords,
  seatLayout,
} from './booking/seats/seat-spots';
export { type OwnHold, useLiveSeatMap } from './booking/seats/use-live-seat-map';
export { SpotLegend } from './booking/spot-map/SpotLegend';
export { SpotList } from './booking/spot-map/SpotList';
export { SpotMap } from './booking/spot-map/SpotMap';
export { type SpotLayout, SpotPicker } from './booking/spot-map/SpotPicker';
export { isSelectable, type Spot, type SpotStatus } from './booking/spot-map/spot';
export { AppShell } from './components/AppShell';
export { Badge, type Tone } from './components/Badge';
export { CalendarLinkPanel } from './components/CalendarLinkPanel';
export { CopyButton } from './components/CopyButton';
export { Dialog } from './components/Dialog';
export { Field } from './components/Field';
export { FormAlert } from './components/FormAlert';
export { FormField } from './components/FormField';
export { Icon, type IconName } from './components/Icon';
export { LanguageSwitch } from './components/LanguageSwitch';
export { NotFound } from './components/NotFound';
export { Notice } from './components/Notice';
export { QrCode } from './components/QrCode';
export { Loading, QueryError } from './components/QueryState';
export { StatusBadge } from './components/StatusBadge';
export { SubmitButton } from './components/SubmitButton';
export { type TabItem, Tabs } from './components/Tabs';
export { DEFAULT_TIME_ZONE, formatDate, formatDateTime } from './format/date';
export { formatIdr, formatMoney } from './format/money';
export {
  formatLocalDate,
  formatVenueDate,
  formatVenueDateTime,
  formatVenueRange,
  formatVenueTime,
} from './format/venue-time';
export { whatsappUrl } from './format/whatsapp';
export { SelectField, type SelectOption } from './forms/SelectField';
export { type Rule, useForm, type ValidationKey } from './forms/use-form';
export { useDebouncedValue } from './hooks/use-debounced-value';
export { useDocumentTitle } from './hooks/use-document-title';
export { clockOf, useNow, useSecondsLeft } from './hooks/use-seconds-left';
export type { Dictionary } from './i18n/dictionary';
export { currentLanguage, currentLocale, initI18n, LANGUAGES, type Language, setLanguage } from './i18n/i18n';
export { CancellationPolicy } from './money/CancellationPolicy';
export type {
  CancellationPolicyData,
  PaymentQuote,
  PaymentTimelineData,
  TaxLine,
} from './money/money-types';
export { MoneyTotals, PaymentTimeline } from './money/PaymentTimeline';
