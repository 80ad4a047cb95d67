// A short tone through WebAudio when a code is read: heard across a room, no sound file to load.
let context: AudioContext | null = null;

/** Plays a beep (higher for a result kept, lower for one refused); silent where WebAudio is missing. */
export function beep(kind: 'ok' | 'refused' = 'ok'): void {
  const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    const ctx = context;
    void ctx.resume().catch(() => undefined);
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = kind === 'ok' ? 880 : 220;
    gain.gain.setValueAtTime(0.15, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.18);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start();
    oscillator.stop(ctx.currentTime + 0.2);
  } catch {
    // No sound is no loss: the counter says the same.
  }
}
