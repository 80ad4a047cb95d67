// Draws a QR code as an SVG path from the encoded matrix (no HTML injection): for links a phone scans.
import { useMemo } from 'react';
import { encode } from 'uqr';

interface Props {
  readonly value: string;
  /** Accessible name of the image, e.g. « QR code du lien de partage ». */
  readonly label: string;
  readonly size?: number;
}

export function QrCode({ value, label, size = 260 }: Props) {
  const { path, modules } = useMemo(() => {
    const qr = encode(value, { ecc: 'M', border: 4 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { path: d, modules: qr.size };
  }, [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
