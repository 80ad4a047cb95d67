// QR codes shown to a fake camera, the way a room shows them to the trainer's phone: a Y4M video that
// Chromium plays as its camera (`--use-file-for-fake-video-capture`), each code held for a few frames
// with blank frames between. Shared by the workshop-room spec and the bench (scripts/bench.mjs).
import { encode } from 'uqr';

/** Frame side in pixels. */
export const QR_SIDE = 480;
/** Light and dark luma of a frame (video range). */
const LIGHT = 235;
const DARK = 16;
/** The QR code's quiet zone, in modules. */
export const QR_BORDER = 4;

/** The luma plane (one byte per pixel, row by row) of a frame showing `text` as a QR code. */
export function qrLuma(text: string, side = QR_SIDE): Buffer {
  const qr = encode(text, { ecc: 'M', border: QR_BORDER });
  const scale = side / qr.size;
  const luma = Buffer.alloc(side * side);
  for (let y = 0; y < side; y++) {
    const row = qr.data[Math.floor(y / scale)];
    for (let x = 0; x < side; x++) luma[y * side + x] = row?.[Math.floor(x / scale)] ? DARK : LIGHT;
  }
  return luma;
}

/** Probe points of a frame: a `PROBES` × `PROBES` grid of pixels, each in the middle of its cell. */
export const PROBES = 16;

/** Which probe points of a frame are dark, as '0' and '1': tells the codes apart in a video's frames. */
export function qrSignature(luma: Buffer, side = QR_SIDE): string {
  const step = side / PROBES;
  let bits = '';
  for (let j = 0; j < PROBES; j++)
    for (let i = 0; i < PROBES; i++) {
      const x = Math.floor(step * i + step / 2);
      const y = Math.floor(step * j + step / 2);
      bits += (luma[y * side + x] ?? LIGHT) < 128 ? '1' : '0';
    }
  return bits;
}

/** A Y4M video (I420) showing each code for `hold` frames with `gap` blank frames between, at `fps`. */
export function qrVideo(
  texts: readonly string[],
  { side = QR_SIDE, hold = 4, gap = 2, fps = 5 } = {},
): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${side} H${side} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frame = (luma: Buffer) => Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const blank = frame(Buffer.alloc(side * side, LIGHT));
  const parts: Buffer[] = [header];
  for (const text of texts) {
    const shown = frame(qrLuma(text, side));
    for (let i = 0; i < hold; i++) parts.push(shown);
    for (let i = 0; i < gap; i++) parts.push(blank);
  }
  return Buffer.concat(parts);
}
