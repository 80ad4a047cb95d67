// Reads a QR code with the camera: the browser's BarcodeDetector where it exists, else the bundled jsQR
// decoder on video frames; one code, or one after another (continuous). Nothing leaves the device; the
// camera stops when the scanner closes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly onCode: (text: string) => void;
  /**
   * Keeps reading after a code, for one participant after another: a code is reported once while it
   * stays in front of the camera, and again only after another one was read.
   */
  readonly continuous?: boolean;
}

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

function nativeDetector(): Detector | null {
  const Ctor = (globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => Detector })
    .BarcodeDetector;
  try {
    return Ctor ? new Ctor({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

export function QrScanner({ onCode, continuous = false }: Props) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'scanning' | 'denied' | 'unavailable'>('starting');
  const done = useRef(onCode);
  useEffect(() => {
    done.current = onCode;
  }, [onCode]);

  const keepReading = useRef(continuous);
  useEffect(() => {
    keepReading.current = continuous;
  }, [continuous]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let last = '';
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setState('unavailable');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch {
        setState('denied');
        return;
      }
      const el = video.current;
      if (stopped || !el) return;
      el.srcObject = stream;
      await el.play().catch(() => undefined);
      setState('scanning');
      const detector = nativeDetector();
      const jsQR = detector ? null : (await import('jsqr')).default;
      const tick = async () => {
        if (stopped) return;
        if (el.readyState >= 2) {
          let text: string | undefined;
          if (detector) {
            text = (await detector.detect(el).catch(() => []))[0]?.rawValue;
          } else if (jsQR) {
            canvas.width = el.videoWidth;
            canvas.height = el.videoHeight;
            const ctx = canvas.getContext('2d', { willReadFrequently: true });
            if (ctx && canvas.width > 0) {
              ctx.drawImage(el, 0, 0);
              const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
              text = jsQR(img.data, img.width, img.height)?.data;
            }
          }
          if (text && text !== last) {
            last = text;
            done.current(text);
            if (!keepReading.current) return;
          }
        }
        frame = requestAnimationFrame(() => void tick());
      };
      void tick();
    };
    void start();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div className="qr-scanner">
      <video ref={video} muted playsInline aria-label={t(($) => $.share.cameraLabel)} />
      <p role="status">
        {state === 'starting' && t(($) => $.share.cameraStarting)}
        {state === 'scanning' && t(($) => $.share.cameraScanning)}
        {state === 'denied' && t(($) => $.share.cameraDenied)}
        {state === 'unavailable' && t(($) => $.share.cameraUnavailable)}
      </p>
    </div>
  );
}
