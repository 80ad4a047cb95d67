import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startPrinting } from './printing';
import { useStepwise } from './stepwise';

describe('useStepwise', () => {
  it('shows the first things at once, then more after each frame, up to all of them', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useStepwise(7, 2, 2);
      seen.push(shown);
      return shown;
    });
    expect(seen[0]).toBe(2);
    await waitFor(() => expect(result.current).toBe(7));
    // Every step showed more than the one before, and never more than there is.
    const distinct = [...new Set(seen)];
    expect(distinct).toEqual([2, 4, 6, 7]);
  });

  it('shows everything at once while the page is printed', () => {
    const { result } = renderHook(() => useStepwise(40, 1, 1));
    expect(result.current).toBe(1);
    act(() => startPrinting());
    expect(result.current).toBe(40);
  });
});
