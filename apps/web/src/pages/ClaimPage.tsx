import { FormField, SubmitButton, useDocumentTitle } from '@reserva/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClaim } from '../hold/use-claim';

/** `/claim` ("I have a claim code"): picks up a seat hold made on another device. */
export function ClaimPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('claim.title'));
  const [code, setCode] = useState('');
  const claim = useClaim();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    claim.submit(code);
  };
  return (
    <div className="claim-page">
      <nav aria-label={t('web.backToVenues')}>
        <Link to="/" className="back-link">
          <span aria-hidden="true">← </span>
          {t('web.backToVenues')}
        </Link>
      </nav>
      <form className="card form" noValidate onSubmit={submit}>
        <h1>{t('claim.title')}</h1>
        <p>{t('claim.body')}</p>
        <FormField
          label={t('claim.label')}
          name="claimCode"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          hint={t('claim.hint')}
          value={code}
          error={claim.error}
          onValueChange={(value) => {
            setCode(value);
            claim.clearError();
          }}
        />
        <SubmitButton busy={claim.isPending}>{t('claim.submit')}</SubmitButton>
      </form>
    </div>
  );
}
