import { classTags, formatMoney, SeatClassLegend, type Spot, SpotPicker } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import { type LayoutDraft, type Preview, seatClassesOf } from './layout-draft';

const NO_SELECTION: ReadonlySet<string> = new Set();

/** The map customers will see (the shared seat map, with its legend and list view), as it is drafted. */
interface LayoutPreviewProps {
  draft: LayoutDraft;
  preview: Preview;
  currency: string;
}

export function LayoutPreview({ draft, preview, currency }: LayoutPreviewProps) {
  const { pt } = usePanelT();
  if (preview.problem) {
    return (
      <p role="alert" className="form-alert">
        {pt(preview.problem === 'seatClasses' ? 'layouts.problems.classes' : 'layouts.problems.noSeats')}
      </p>
    );
  }
  // Marked and explained as the customer's seat map marks them: the first class plain, others tagged.
  const classes = seatClassesOf(draft);
  const tags = classTags(classes.map((seatClass) => seatClass.name));
  const spots: Spot[] = preview.seats.map((seat) => ({
    id: seat.key,
    label: seat.label,
    row: seat.row,
    col: seat.col,
    status: seat.blocked ? 'unavailable' : 'free',
    detail: seat.seatClass ? `${seat.seatClass} · ${formatMoney(seat.priceMinor, currency)}` : undefined,
    group: seat.seatClass || undefined,
    tag: tags.get(seat.seatClass),
  }));
  const open = preview.seats.filter((seat) => !seat.blocked).length;
  return (
    <>
      <p className="field-hint">{pt('layouts.previewCount', { count: preview.seats.length, open })}</p>
      <SeatClassLegend classes={classes} currency={currency} tags={tags} />
      <SpotPicker
        layouts={[
          {
            id: 'preview',
            name: draft.name.trim() || pt('layouts.untitled'),
            rows: draft.rows,
            cols: draft.cols,
            frontLabel: draft.frontLabel.trim() || undefined,
            spots,
          },
        ]}
        statuses={['free', 'unavailable']}
        selected={NO_SELECTION}
        onToggle={() => undefined}
      />
    </>
  );
}
