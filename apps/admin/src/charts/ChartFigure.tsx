import { type ReactNode, useId } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import { useElementWidth } from './use-element-width';

interface ChartFigureProps {
  title: string;
  /** One sentence with what the chart shows, read out instead of the shapes. */
  description: string;
  height: number;
  /** The shapes, drawn in pixels for the width the figure has. */
  children: (width: number) => ReactNode;
  legend?: ReactNode;
  /** The same numbers as a table, for screen readers, copying and exact reading. */
  table: ReactNode;
}

/**
 * Charts are plain SVG React components, no chart library: a few rectangles need no extra bundle,
 * SVG (unlike canvas) scales crisply and carries <title>/<desc> for assistive tech, and every chart
 * comes with its numbers as a real table underneath.
 */
export function ChartFigure({ title, description, height, children, legend, table }: ChartFigureProps) {
  const { pt } = usePanelT();
  const id = useId();
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  return (
    <figure className="chart card" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      <div ref={boxRef}>
        <svg
          className="chart-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children(width)}
        </svg>
      </div>
      {legend}
      <details className="chart-table">
        <summary>{pt('chart.showTable')}</summary>
        <div className="table-wrap">{table}</div>
      </details>
    </figure>
  );
}
