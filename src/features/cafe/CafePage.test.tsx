import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import frCafe from '../../i18n/locales/fr/cafe.json';
import enCafe from '../../i18n/locales/en/cafe.json';
import { CAFE_PROMPTS, CAFE_ROUNDS } from '../../domain/cafe';
import { CafePage } from './CafePage';

const T0 = new Date('2026-03-12T09:00:00Z');

function renderPage() {
  return render(
    <MemoryRouter>
      <CafePage />
    </MemoryRouter>,
  );
}

const clock = () => screen.getByRole('timer');
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const roundCard = (name: string) => screen.getByRole('region', { name });

beforeAll(() => {
  i18n.addResourceBundle('fr', 'cafe', frCafe);
});

describe('CafePage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
    vi.useFakeTimers({ shouldAdvanceTime: false });
    vi.setSystemTime(T0);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('shows the topic field, the three rounds with the reference prompts, and credits the source', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Pro-action café' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Le sujet du porteur/ })).toHaveValue('');
    expect(screen.getByText(/^Pro-action café : d'après la synthèse ORIV, 2020/)).toBeVisible();

    const first = roundCard('Tour 1 : La question derrière la question');
    expect(first).toHaveAttribute('aria-current', 'step');
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Quelle est la question derrière la question ?', 'Les 7 pourquoi ?']);
    const third = roundCard('Tour 3 : La synthèse');
    expect(third).not.toHaveAttribute('aria-current');
    expect(within(third).getByText('De quelle aide ai-je besoin ?')).toBeInTheDocument();
    expect(
      within(third).getByText('Pour finir : comment reformuleriez-vous votre question de départ ?'),
    ).toBeInTheDocument();
    expect(within(third).getByRole('spinbutton', { name: 'Durée du tour 3 (minutes)' })).toHaveValue(15);
    expect(clock()).toHaveTextContent('20:00');
  });

  it('keeps the clock out of live announcements; only the status message is live', () => {
    renderPage();
    expect(clock()).toHaveAttribute('aria-live', 'off');
    expect(clock()).toHaveAccessibleName('Temps restant');
    const live = document.querySelectorAll('[aria-live]:not([aria-live="off"])');
    expect([...live].every((el) => el.getAttribute('role') === 'status')).toBe(true);
  });

  it('counts down once started, freezes on pause, resumes, and reset restores the duration', () => {
    renderPage();
    click('Démarrer');
    wait(1_000);
    expect(clock()).toHaveTextContent('19:59');
    wait(60_000);
    expect(clock()).toHaveTextContent('18:59');

    click('Pause');
    wait(5 * 60_000);
    expect(clock()).toHaveTextContent('18:59');

    click('Reprendre');
    wait(2_000);
    expect(clock()).toHaveTextContent('18:57');

    click('Réinitialiser');
    expect(clock()).toHaveTextContent('20:00');
    expect(screen.getByRole('button', { name: 'Démarrer' })).toBeInTheDocument();
    wait(3_000);
    expect(clock()).toHaveTextContent('20:00');
  });

  it('says "Temps écoulé pour ce tour" when the time reaches zero, and stops there', () => {
    renderPage();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Durée du tour 1 (minutes)' }), {
      target: { value: '1' },
    });
    expect(clock()).toHaveTextContent('01:00');
    expect(screen.queryByText('Temps écoulé pour ce tour')).not.toBeInTheDocument();

    click('Démarrer');
    wait(59_000);
    expect(clock()).toHaveTextContent('00:01');
    expect(screen.queryByText('Temps écoulé pour ce tour')).not.toBeInTheDocument();

    wait(1_000);
    expect(clock()).toHaveTextContent('00:00');
    expect(screen.getByText('Temps écoulé pour ce tour')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Démarrer' })).toBeInTheDocument();
    wait(10_000);
    expect(clock()).toHaveTextContent('00:00');
  });

  it('"Tour suivant" moves to round 2 with its own prompts; "Tour précédent" comes back', () => {
    renderPage();
    click('Démarrer');
    wait(10_000);
    click('Tour suivant');

    expect(
      screen.getByRole('heading', { level: 2, name: 'Tour 2 sur 3 : Le sujet à 360°' }),
    ).toBeInTheDocument();
    const second = roundCard('Tour 2 : Le sujet à 360°');
    expect(second).toHaveAttribute('aria-current', 'step');
    expect(
      within(second)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Que manque-t-il à ma question ?', 'Quels sont les angles morts ?']);
    expect(roundCard('Tour 1 : La question derrière la question')).not.toHaveAttribute('aria-current');
    expect(clock()).toHaveTextContent('20:00');
    wait(5_000);
    expect(clock()).toHaveTextContent('20:00');

    click('Tour suivant');
    expect(roundCard('Tour 3 : La synthèse')).toHaveAttribute('aria-current', 'step');
    expect(clock()).toHaveTextContent('15:00');
    expect(screen.getByRole('button', { name: 'Tour suivant' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Tour précédent' })).toHaveFocus();

    click('Tour précédent');
    expect(roundCard('Tour 2 : Le sujet à 360°')).toHaveAttribute('aria-current', 'step');
  });

  it('rejects a duration outside 1–90 minutes and keeps the last valid one', () => {
    renderPage();
    const input = screen.getByRole('spinbutton', { name: 'Durée du tour 1 (minutes)' });
    fireEvent.change(input, { target: { value: '120' } });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('de 1 à 90'));
    expect(clock()).toHaveTextContent('20:00');
    fireEvent.change(input, { target: { value: '45' } });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(clock()).toHaveTextContent('45:00');
  });

  it('applies a new duration to a started round only on reset', () => {
    renderPage();
    click('Démarrer');
    wait(2_000);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Durée du tour 1 (minutes)' }), {
      target: { value: '5' },
    });
    expect(clock()).toHaveTextContent('19:58');
    click('Réinitialiser');
    expect(clock()).toHaveTextContent('05:00');
  });

  it('ticks only while running, and stops ticking when it leaves the page', () => {
    const setSpy = vi.spyOn(window, 'setInterval');
    const clearSpy = vi.spyOn(window, 'clearInterval');
    const ticking = () => {
      const cleared = new Set(clearSpy.mock.calls.map(([id]) => id));
      return setSpy.mock.results.filter((r) => !cleared.has(r.value as number)).length;
    };
    const { unmount } = renderPage();
    expect(ticking()).toBe(0);
    click('Démarrer');
    expect(ticking()).toBe(1);
    wait(1_000);
    click('Pause');
    expect(ticking()).toBe(0);
    click('Reprendre');
    expect(ticking()).toBe(1);
    unmount();
    expect(ticking()).toBe(0);
  });
});

describe('CafePage full screen', () => {
  const original = Object.getOwnPropertyDescriptor(Document.prototype, 'fullscreenEnabled');

  afterEach(() => {
    if (original) Object.defineProperty(Document.prototype, 'fullscreenEnabled', original);
    else delete (Document.prototype as { fullscreenEnabled?: boolean }).fullscreenEnabled;
    vi.restoreAllMocks();
  });

  it('offers no full-screen button where the Fullscreen API is unavailable', () => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { configurable: true, get: () => false });
    renderPage();
    expect(screen.queryByRole('button', { name: 'Plein écran' })).not.toBeInTheDocument();
  });

  it('asks the browser to show the page full screen', () => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { configurable: true, get: () => true });
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', { configurable: true, value: request });
    try {
      renderPage();
      click('Plein écran');
      expect(request).toHaveBeenCalledTimes(1);
    } finally {
      delete (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen;
    }
  });
});

describe('cafe locales', () => {
  function keyPaths(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) return [prefix];
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
  }

  it('have the same keys in French and English', () => {
    expect(keyPaths(enCafe).sort()).toEqual(keyPaths(frCafe).sort());
  });

  it.each([
    ['fr', frCafe],
    ['en', enCafe],
  ])('%s words every round and prompt', (_, locale) => {
    const rounds = locale.rounds as Record<
      string,
      { name: string; lead: string; prompts: Record<string, string> }
    >;
    for (const round of CAFE_ROUNDS) {
      expect(rounds[round]?.name).toMatch(/\S/);
      expect(rounds[round]?.lead).toMatch(/\S/);
      for (const prompt of CAFE_PROMPTS[round]) expect(rounds[round]?.prompts[prompt]).toMatch(/\S{2}/);
    }
  });

  it('offers the five topics of the cycle, and takes one as the topic of the café', () => {
    renderPage();
    const topics = screen.getByRole('region', { name: 'Les cinq sujets du cycle, pour exemple' });
    expect(within(topics).getAllByRole('button', { name: /^Prendre ce sujet/ })).toHaveLength(5);
    expect(
      within(topics).getByText(/Comment améliorer les méthodes de travail en interne \?/),
    ).toBeInTheDocument();
    fireEvent.click(
      within(topics).getByRole('button', {
        name: 'Prendre ce sujet : Comment construire ma légitimité en tant que chef-fe de projet ?',
      }),
    );
    expect(screen.getByRole('textbox', { name: /Le sujet du porteur/ })).toHaveValue(
      'Comment construire ma légitimité en tant que chef-fe de projet ?',
    );
    expect(
      screen.getByText('Sujet : Comment construire ma légitimité en tant que chef-fe de projet ?'),
    ).toBeVisible();
  });
});
