import type { LayoutKind } from '@reserva/domain';
import { Field, FormAlert, Notice } from '@reserva/ui';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { FormActions } from '../components/FormActions';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminVenue } from '../venues/use-admin-venues';
import { GridSizeField } from './GridSizeField';
import { LayoutGrid } from './LayoutGrid';
import { LayoutPreview } from './LayoutPreview';
import {
  type AdminLayout,
  draftFromLayout,
  emptyDraft,
  type LayoutDraft,
  MAX_LAYOUT_COLS,
  MAX_LAYOUT_ROWS,
  previewSeats,
  resize,
} from './layout-draft';
import { SeatClassesEditor } from './SeatClassesEditor';
import { useSaveLayout } from './use-save-layout';

interface LayoutEditorProps {
  venue: AdminVenue;
  kind: LayoutKind;
  layout: AdminLayout | null;
}

/** A hall, bus or floor: its size, aisles, blocked seats and classes, with the map as customers see it. */
export function LayoutEditor({ venue, kind, layout }: LayoutEditorProps) {
  const { pt } = usePanelT();
  const navigate = useNavigate();
  // A new layout's page opens with the word that it was saved (it is a new page: see onSaved).
  const savedBefore = (useLocation().state as { saved?: string } | null)?.saved ?? '';
  const nameRef = useRef<HTMLInputElement>(null);
  const previewId = useId();
  const stored = useMemo(() => (layout ? { layout, draft: draftFromLayout(layout) } : null), [layout]);
  const [draft, setDraft] = useState<LayoutDraft>(() => stored?.draft ?? emptyDraft(kind));
  const [status, setStatus] = useState(savedBefore);
  const preview = useMemo(() => previewSeats(draft, kind), [draft, kind]);
  const saving = useSaveLayout({
    venueId: venue.id,
    kind,
    stored,
    onSaved: (saved, created) => {
      const message = pt('layouts.saved', { name: saved.name });
      if (created) {
        navigate(`/venues/${venue.id}/layouts/${saved.id}`, { replace: true, state: { saved: message } });
        return;
      }
      setDraft(draftFromLayout(saved));
      setStatus(message);
    },
  });
  const change = (next: LayoutDraft) => {
    setDraft(next);
    setStatus('');
    saving.setProblem(null);
  };
  const { name: nameError, ...otherErrors } = saving.problem?.fields ?? {};
  const alert = [saving.problem?.message, ...Object.values(otherErrors)].filter(Boolean).join(' ') || null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      saving.setProblem({ code: 'BAD_REQUEST', fields: { name: pt('form.required') }, message: null });
      nameRef.current?.focus();
    } else if (preview.problem) {
      saving.setProblem({ code: 'BAD_REQUEST', fields: {}, message: pt('layouts.problems.fixFirst') });
    } else {
      saving.save(draft);
    }
  };

  return (
    <form className="layout-editor" noValidate onSubmit={submit}>
      {layout && layout.eventCount > 0 ? (
        <Notice title={pt('layouts.inUseTitle', { count: layout.eventCount })} tone="warning" level={2}>
          <p>{pt('layouts.inUseBody')}</p>
        </Notice>
      ) : null}
      <FormAlert message={alert} />
      <div className="card form-grid">
        <Field label={pt('layouts.name')} error={nameError}>
          {(control) => (
            <input
              {...control}
              ref={nameRef}
              maxLength={80}
              value={draft.name}
              onChange={(event) => change({ ...draft, name: event.target.value })}
            />
          )}
        </Field>
        <Field label={pt('layouts.frontLabel')} hint={pt(`layouts.frontHint.${kind}`)}>
          {(control) => (
            <input
              {...control}
              maxLength={40}
              value={draft.frontLabel}
              onChange={(event) => change({ ...draft, frontLabel: event.target.value })}
            />
          )}
        </Field>
        <GridSizeField
          label={pt('layouts.rows')}
          value={draft.rows}
          max={MAX_LAYOUT_ROWS}
          onChange={(rows) => change(resize(draft, rows, draft.cols))}
        />
        <GridSizeField
          label={pt('layouts.cols')}
          value={draft.cols}
          max={MAX_LAYOUT_COLS}
          onChange={(cols) => change(resize(draft, draft.rows, cols))}
        />
      </div>
      <SeatClassesEditor draft={draft} onChange={change} />
      <div className="layout-panes">
        <section className="card" aria-label={pt('layouts.gridCaption')}>
          <LayoutGrid draft={draft} preview={preview} onChange={change} />
        </section>
        <section className="card" aria-labelledby={previewId}>
          <h2 id={previewId}>{pt('layouts.preview')}</h2>
          <LayoutPreview draft={draft} preview={preview} currency={venue.currency} />
        </section>
      </div>
      <FormActions
        busy={saving.busy}
        submitLabel={layout ? pt('form.save') : pt('layouts.create')}
        onCancel={() => navigate(`/venues/${venue.id}`)}
        status={status}
      />
    </form>
  );
}
