import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import frCafe from '../../i18n/locales/fr/cafe.json';
import enCafe from '../../i18n/locales/en/cafe.json';
import { CAFE_PROMPTS, CAFE_ROUNDS } from '../../domain/cafe';
import { beep } from '../../components/beep';
import { CafePage } from './CafePage';

vi.mock('../../components/beep', () => ({ beep: vi.fn() }));

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
    localStorage.clear();
    vi.mocked(beep).mockClear();
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

  it('says "Temps écoulé pour ce tour" when the time reaches zero, and stops there without auto-advance', () => {
    renderPage();
    fireEvent.click(screen.getByRole('checkbox', { name: /Passer seul au tour suivant/ }));
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
    // Skipping a running round starts the next one at once.
    wait(5_000);
    expect(clock()).toHaveTextContent('19:55');
    click('Pause');

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

describe('CafePage rounds that end and move on', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
    vi.useFakeTimers({ shouldAdvanceTime: false });
    vi.setSystemTime(T0);
    localStorage.clear();
    vi.mocked(beep).mockClear();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const setMinutes = (round: number, value: string) =>
    fireEvent.change(screen.getByRole('spinbutton', { name: `Durée du tour ${round} (minutes)` }), {
      target: { value },
    });

  it('marks the end of a round with a message and a sound, then runs the next round by itself', () => {
    renderPage();
    setMinutes(1, '1');
    click('Démarrer');
    wait(59_000);
    expect(beep).not.toHaveBeenCalled();
    wait(1_000);
    wait(1_000);
    expect(
      screen.getByText('Fin du tour 1 : La question derrière la question. Le tour 2 commence.'),
    ).toHaveAttribute('role', 'status');
    expect(roundCard('Tour 2 : Le sujet à 360°')).toHaveAttribute('aria-current', 'step');
    expect(beep).toHaveBeenCalledTimes(3);
    expect(clock()).toHaveTextContent('19:59');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    wait(20_000);
    expect(screen.queryByText(/^Fin du tour 1/)).not.toBeInTheDocument();
  });

  it('stays silent when the sound signal is off', () => {
    renderPage();
    setMinutes(1, '1');
    fireEvent.click(screen.getByRole('checkbox', { name: "Signal sonore à la fin d'un tour" }));
    click('Démarrer');
    wait(61_000);
    expect(screen.getByText(/^Fin du tour 1/)).toBeInTheDocument();
    expect(beep).not.toHaveBeenCalled();
  });

  it('says the café is over when the last round runs out', () => {
    renderPage();
    setMinutes(1, '1');
    setMinutes(2, '1');
    setMinutes(3, '1');
    click('Démarrer');
    wait(3 * 60_000 + 1_000);
    expect(roundCard('Tour 3 : La synthèse')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Café terminé : le dernier tour est écoulé.')).toBeInTheDocument();
    expect(clock()).toHaveTextContent('00:00');
  });

  it('keeps the topic, round, running clock and notes across a reload, catching up on the time away', () => {
    const first = renderPage();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Prendre ce sujet : Comment construire ma légitimité en tant que chef-fe de projet ?',
      }),
    );
    setMinutes(1, '2');
    fireEvent.change(screen.getByRole('textbox', { name: 'Notes du café' }), {
      target: { value: 'Piste : un binôme' },
    });
    click('Démarrer');
    wait(30_000);
    first.unmount();

    vi.setSystemTime(T0.getTime() + 3 * 60_000);
    renderPage();
    expect(screen.getByRole('textbox', { name: /Le sujet du porteur/ })).toHaveValue(
      'Comment construire ma légitimité en tant que chef-fe de projet ?',
    );
    expect(screen.getByRole('textbox', { name: 'Notes du café' })).toHaveValue('Piste : un binôme');
    expect(screen.getByRole('spinbutton', { name: 'Durée du tour 1 (minutes)' })).toHaveValue(2);
    // Round 1 ran out at 2:00 while away; round 2 has been running for a minute.
    expect(roundCard('Tour 2 : Le sujet à 360°')).toHaveAttribute('aria-current', 'step');
    expect(clock()).toHaveTextContent('19:00');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(beep).not.toHaveBeenCalled();
  });

  it('ignores a stored café it cannot read and starts afresh', () => {
    localStorage.setItem('quel-developpeur-euse.cafe', '{"timer":"nope"}');
    renderPage();
    expect(roundCard('Tour 1 : La question derrière la question')).toHaveAttribute('aria-current', 'step');
    expect(clock()).toHaveTextContent('20:00');
  });
});

describe('CafePage room view', () => {
  const original = Object.getOwnPropertyDescriptor(Document.prototype, 'fullscreenEnabled');

  beforeEach(async () => {
    await i18n.changeLanguage('fr');
    localStorage.clear();
  });

  afterEach(() => {
    if (original) Object.defineProperty(Document.prototype, 'fullscreenEnabled', original);
    else delete (Document.prototype as { fullscreenEnabled?: boolean }).fullscreenEnabled;
    vi.restoreAllMocks();
  });

  it('shows the current round and only its prompts, over the page, where the Fullscreen API is missing', () => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { configurable: true, get: () => false });
    renderPage();
    click('Plein écran');
    const room = screen.getByRole('dialog', { name: 'Tour 1 sur 3 : La question derrière la question' });
    expect(room).toHaveFocus();
    expect(
      within(room)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Quelle est la question derrière la question ?', 'Les 7 pourquoi ?']);
    expect(within(room).getByRole('timer')).toHaveTextContent('20:00');

    fireEvent.click(within(room).getByRole('button', { name: 'Tour suivant' }));
    expect(within(room).getByText('Que manque-t-il à ma question ?')).toBeInTheDocument();
    fireEvent.click(within(room).getByRole('button', { name: 'Tour suivant' }));
    // The disabled « Tour suivant » hands the focus to the room's own controls, not to the page.
    expect(within(room).getByRole('button', { name: 'Tour suivant' })).toBeDisabled();
    expect(within(room).getByRole('button', { name: 'Démarrer' })).toHaveFocus();

    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plein écran' })).toHaveFocus();
  });

  it('asks the browser to show the café full screen', () => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { configurable: true, get: () => true });
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', { configurable: true, value: request });
    try {
      renderPage();
      click('Plein écran');
      expect(request).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
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
