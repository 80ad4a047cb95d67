// Reads a QR code with the camera: the browser's BarcodeDetector where it exists, else the bundled jsQR
// decoder on video frames. Nothing leaves the device; the camera stops when the scanner closes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly onCode: (text: string) => void;
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

export function QrScanner({ onCode }: Props) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'scanning' | 'denied' | 'unavailable'>('starting');
  const done = useRef(onCode);
  useEffect(() => {
    done.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
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
          if (text) {
            done.current(text);
            return;
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
      <video ref={video} muted playsInline aria-label={t('share.cameraLabel')} />
      <p role="status">
        {state === 'starting' && t('share.cameraStarting')}
        {state === 'scanning' && t('share.cameraScanning')}
        {state === 'denied' && t('share.cameraDenied')}
        {state === 'unavailable' && t('share.cameraUnavailable')}
      </p>
    </div>
  );
}
