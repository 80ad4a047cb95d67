// The app's start runs in steps (main.tsx, start.tsx); between two, the browser may paint and answer input.

/**
 * Ends the current task: with `scheduler.yield()` where the browser has it (what follows then runs
 * before other queued work), else through a message to itself, which, unlike a timer, a background tab
 * does not hold back.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
