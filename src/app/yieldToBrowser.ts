// The app's start runs in steps (main.tsx, start.tsx); between two, the browser may paint and answer input.

/**
 * Ends the current task: with `scheduler.yield()` where the browser has it (what follows then runs
 * before other queued work), in a task of its own otherwise.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
