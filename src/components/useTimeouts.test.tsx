import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTimeouts } from './useTimeouts';

function Later({ done }: { readonly done: () => void }) {
  const later = useTimeouts();
  return (
    <button type="button" onClick={() => later(done, 300)}>
      Plus tard
    </button>
  );
}

describe('useTimeouts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs what was asked once the delay has passed', () => {
    const done = vi.fn();
    render(<Later done={done} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    vi.advanceTimersByTime(299);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once the component is gone', () => {
    const done = vi.fn();
    const { unmount } = render(<Later done={done} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    unmount();
    vi.advanceTimersByTime(1000);
    expect(done).not.toHaveBeenCalled();
  });
});
