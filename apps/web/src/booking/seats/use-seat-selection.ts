import type { Seat } from '@reserva/ui';
import { useEffect, useState } from 'react';

/**
 * The seats chosen on a live map. A chosen seat that someone else takes meanwhile is dropped and
 * named in `lost`; the rest of the choice stays. While `paused` nothing is dropped: our own hold is
 * on its way (those seats turn "held" because of us), or a fresh snapshot is (the one shown may be old).
 */
export function useSeatSelection(
  seats: readonly Seat[] | null,
  max: number,
  initial: readonly string[],
  paused: boolean,
) {
  const [ids, setIds] = useState<string[]>(() => [...initial]);
  const [lost, setLost] = useState<string[]>([]);
  const [overLimit, setOverLimit] = useState(false);

  useEffect(() => {
    if (!seats || paused) return;
    const byId = new Map(seats.map((seat) => [seat.id, seat]));
    // "Held by you" stays chosen: a hold just given back still reads so until the map catches up.
    const gone = ids.filter((id) => !['available', 'heldByYou'].includes(byId.get(id)?.status ?? ''));
    if (gone.length === 0) return;
    setIds((current) => current.filter((id) => !gone.includes(id)));
    // Seats not on this map at all (another trip's, say) are dropped without a word.
    const labels = gone.flatMap((id) => byId.get(id)?.label ?? []);
    if (labels.length > 0) setLost(labels);
  }, [seats, ids, paused]);

  const toggle = (id: string) => {
    setLost([]);
    if (ids.includes(id)) {
      setOverLimit(false);
      setIds(ids.filter((other) => other !== id));
    } else if (ids.length >= max) {
      setOverLimit(true);
    } else {
      setOverLimit(false);
      setIds([...ids, id]);
    }
  };

  const chosen = seats ? ids.flatMap((id) => seats.find((seat) => seat.id === id) ?? []) : [];
  return {
    ids,
    chosen,
    lost,
    overLimit,
    toggle,
    clearNotes: () => {
      setLost([]);
      setOverLimit(false);
    },
  };
}
