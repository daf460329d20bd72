import { useId, useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import {
  cellState,
  type LayoutDraft,
  type Preview,
  setRowClass,
  toggleAisleCol,
  toggleAisleRow,
  toggleBlocked,
} from './layout-draft';

type Tool = 'blocked' | 'aisleCol' | 'aisleRow';
const TOOLS: readonly Tool[] = ['blocked', 'aisleCol', 'aisleRow'];

interface LayoutGridProps {
  draft: LayoutDraft;
  preview: Preview;
  onChange: (draft: LayoutDraft) => void;
}

/**
 * The grid as cells to click: with the chosen tool a click blocks or frees a seat, or turns the
 * cell's column or row into an aisle (and back). Each row says its seat class when there are several.
 */
export function LayoutGrid({ draft, preview, onChange }: LayoutGridProps) {
  const { pt } = usePanelT();
  const hintId = useId();
  const [tool, setTool] = useState<Tool>('blocked');
  const labels = new Map(preview.seats.map((seat) => [seat.key, seat.label]));
  const classes = draft.seatClasses.map((c) => c.name);
  const rows = Array.from({ length: draft.rows }, (_, row) => row);
  const cols = Array.from({ length: draft.cols }, (_, col) => col);

  const click = (row: number, col: number) =>
    onChange(
      tool === 'blocked'
        ? toggleBlocked(draft, row, col)
        : tool === 'aisleCol'
          ? toggleAisleCol(draft, col)
          : toggleAisleRow(draft, row),
    );
  const nameOf = (row: number, col: number) => {
    const state = cellState(draft, row, col);
    const where = pt('layouts.cellAt', { row: row + 1, col: col + 1 });
    const label = labels.get(`${row}:${col}`) ?? '';
    return state === 'aisle'
      ? `${pt('layouts.cell.aisle')}, ${where}`
      : `${pt(`layouts.cell.${state}`, { label })}, ${where}`;
  };

  return (
    <div className="layout-grid-editor">
      <div className="tool-picker">
        {/* Seen beside the switch; the legend says the same to screen readers, inside the group. */}
        <span className="field-label" aria-hidden="true">
          {pt('layouts.tool')}
        </span>
        <fieldset aria-describedby={hintId} className="segmented">
          <legend className="visually-hidden">{pt('layouts.tool')}</legend>
          {TOOLS.map((option) => (
            <button
              key={option}
              type="button"
              className="segmented-option"
              aria-pressed={tool === option}
              onClick={() => setTool(option)}
            >
              {pt(`layouts.tools.${option}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <p id={hintId} className="field-hint">
        {pt(`layouts.toolHints.${tool}`)}
      </p>
      <div className="table-wrap">
        <table className="layout-grid">
          <caption className="visually-hidden">{pt('layouts.gridCaption')}</caption>
          <thead>
            <tr>
              <td />
              {cols.map((col) => (
                <th key={col} scope="col" className={draft.aisleCols.includes(col) ? 'is-aisle' : undefined}>
                  {col + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                <th scope="row" className="layout-row-head">
                  <span>{pt('layouts.rowN', { row: row + 1 })}</span>
                  {classes.length > 1 && !draft.aisleRows.includes(row) ? (
                    <select
                      aria-label={pt('layouts.rowClass', { row: row + 1 })}
                      value={draft.rowClasses[row] ?? classes[0]}
                      onChange={(event) => onChange(setRowClass(draft, row, event.target.value))}
                    >
                      {classes.map((name, index) => (
                        <option key={`${index}:${name}`} value={name}>
                          {name}
                        </option>
                      ))}
                    </select>
                  ) : null}
                </th>
                {cols.map((col) => {
                  const state = cellState(draft, row, col);
                  return (
                    <td key={col}>
                      <button
                        type="button"
                        className={`layout-cell layout-cell-${state}`}
                        aria-label={nameOf(row, col)}
                        onClick={() => click(row, col)}
                      >
                        {state === 'aisle' ? '' : (labels.get(`${row}:${col}`) ?? '')}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
