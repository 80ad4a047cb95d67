import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { layOutNextPart, useLayoutInTurn } from './layoutInTurn';

function Page({ parts }: { readonly parts: number }) {
  const ref = useLayoutInTurn<HTMLDivElement>();
  return (
    <div className="parts-in-turn" ref={ref}>
      <h1>Titre</h1>
      {Array.from({ length: parts }, (_, i) => (
        <section key={i} aria-label={`partie ${i + 1}`}>
          <section aria-label={`sous-partie ${i + 1}`} />
        </section>
      ))}
    </div>
  );
}

const laidOut = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-laid-out]')].map((e) => e.getAttribute('aria-label'));

describe('useLayoutInTurn', () => {
  it('marks the page’s parts laid out in their order, one per frame, and only its own parts', async () => {
    const frames: FrameRequestCallback[] = [];
    const request = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    try {
      const { container } = render(<Page parts={3} />);
      // Nothing before the first frame: the first screen is laid out first, the rest waits.
      expect(laidOut(container)).toEqual([]);
      const seen: (string | null)[][] = [];
      while (frames.length > 0) {
        frames.shift()!(performance.now());
        seen.push(laidOut(container));
      }
      expect(seen).toEqual([
        ['partie 1'],
        ['partie 1', 'partie 2'],
        ['partie 1', 'partie 2', 'partie 3'],
        // One more frame finds nothing left and asks for no other.
        ['partie 1', 'partie 2', 'partie 3'],
      ]);
    } finally {
      request.mockRestore();
    }
  });

  it('gives a part that comes later its turn too', async () => {
    const { container, rerender } = render(<Page parts={2} />);
    await waitFor(() => expect(laidOut(container)).toEqual(['partie 1', 'partie 2']));
    rerender(<Page parts={3} />);
    await waitFor(() => expect(laidOut(container)).toEqual(['partie 1', 'partie 2', 'partie 3']));
  });

  it('lays out every part in real frames', async () => {
    const { container } = render(<Page parts={4} />);
    await waitFor(() => expect(laidOut(container)).toHaveLength(4));
  });

  it('stops asking for frames once the page is gone', () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');
    const { unmount } = render(<Page parts={2} />);
    unmount();
    expect(cancel).toHaveBeenCalled();
    cancel.mockRestore();
  });
});

describe('layOutNextPart', () => {
  it('says whether a part was left to lay out', () => {
    const root = document.createElement('div');
    root.innerHTML = '<section></section><p></p>';
    expect(layOutNextPart(root)).toBe(true);
    expect(layOutNextPart(root)).toBe(false);
  });
});
