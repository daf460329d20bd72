import type { LayoutKind } from '@reserva/domain';
import { type ApiErrorView, trpc, useApiError } from '@reserva/ui';
import { useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminLayout, LayoutDraft } from './layout-draft';
import { createLayoutInput, updateLayoutInput } from './layout-input';

interface SaveLayoutOptions {
  venueId: string;
  kind: LayoutKind;
  /** The stored layout and its draft, or null for a new one. */
  stored: { layout: AdminLayout; draft: LayoutDraft } | null;
  onSaved: (layout: AdminLayout, created: boolean) => void;
}

/**
 * Create or update, then refresh the lists that count layouts and seats. Refusals come back in
 * words: a taken name, and a grid that cannot change once events or bookings use its seats.
 */
export function useSaveLayout({ venueId, kind, stored, onSaved }: SaveLayoutOptions) {
  const { pt } = usePanelT();
  const apiError = useApiError();
  const utils = trpc.useUtils();
  const [problem, setProblem] = useState<ApiErrorView | null>(null);
  const options = (created: boolean) => ({
    onSuccess: async (saved: AdminLayout) => {
      utils.admin.layouts.get.setData({ id: saved.id }, saved);
      await Promise.all([utils.admin.layouts.list.invalidate(), utils.admin.venues.list.invalidate()]);
      onSaved(saved, created);
    },
    onError: (error: unknown) => {
      const message = error instanceof Error ? error.message : '';
      setProblem(
        apiError(error, {
          'CONFLICT:name': pt('layouts.errors.nameTaken'),
          'CONFLICT:rows': pt(
            /bookings/.test(message) ? 'layouts.errors.hasBookings' : 'layouts.errors.hasEvents',
          ),
          NOT_FOUND: pt('layouts.errors.notFound'),
        }),
      );
    },
  });
  const create = trpc.admin.layouts.create.useMutation(options(true));
  const update = trpc.admin.layouts.update.useMutation(options(false));

  const save = (draft: LayoutDraft) => {
    setProblem(null);
    if (stored) update.mutate(updateLayoutInput(draft, stored.draft, kind, stored.layout.id));
    else create.mutate(createLayoutInput(draft, kind, venueId));
  };
  return { save, busy: create.isPending || update.isPending, problem, setProblem };
}
