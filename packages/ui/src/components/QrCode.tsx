import { useMemo } from 'react';
// uqr (unjs): zero dependencies, ESM and typed, a few KB, and it gives the module matrix rather
// than a canvas or an HTML string, so React draws the SVG itself (no innerHTML). `qrcode` would
// bring yargs and pngjs along for its CLI and PNG output, which a browser never uses.
import { encode } from 'uqr';

interface QrCodeProps {
  value: string;
  /** What the code holds, in words: screen readers cannot scan it. */
  label: string;
  /** Rendered width and height in CSS pixels. */
  size?: number;
}

/** A QR code as crisp SVG: one path of dark squares on a white square with a quiet zone. */
export function QrCode({ value, label, size = 176 }: QrCodeProps) {
  const { path, modules } = useMemo(() => {
    // M: readable with 15% of it smudged or covered, still a small code for a short value.
    const qr = encode(value, { ecc: 'M', border: 2 });
    let d = '';
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      });
    });
    return { path: d, modules: qr.size };
  }, [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${modules} ${modules}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
