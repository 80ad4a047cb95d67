import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToBrowser } from './yieldToBrowser';

describe('yieldToBrowser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves in a later task, after what the current one still does', async () => {
    const order: string[] = [];
    const done = yieldToBrowser().then(() => order.push('after the yield'));
    await Promise.resolve();
    order.push('rest of the task');
    await done;
    expect(order).toEqual(['rest of the task', 'after the yield']);
  });

  it("uses the browser's scheduler.yield() where there is one", async () => {
    const yieldSpy = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldSpy });
    await yieldToBrowser();
    expect(yieldSpy).toHaveBeenCalledTimes(1);
  });
});
