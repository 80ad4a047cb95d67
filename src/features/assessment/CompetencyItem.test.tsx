import { useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COMPETENCIES } from '../../domain/content/grid';
import type { CompetencyResponse } from '../../domain/assessment';
import { UNDO_MS } from '../../components/UndoNotice';
import { ADVANCE_DELAY_MS, CompetencyItem } from './CompetencyItem';

const negociation = COMPETENCIES.find((c) => c.id === 'competency.strategie.regulation.negociation')!;

function setup(save: () => Promise<void> = () => Promise.resolve(), response?: CompetencyResponse) {
  const onChange = vi.fn<(patch: Partial<CompetencyResponse>) => Promise<void>>(save);
  const onClear = vi.fn(() => Promise.resolve());
  render(
    <CompetencyItem competency={negociation} response={response} onChange={onChange} onClear={onClear} />,
  );
  return { onChange, onClear };
}

const ANSWERED: CompetencyResponse = {
  aisance: 2,
  mobilisation: 3,
  acquisition: 'formation',
  envie: true,
  note: 'DDCS',
};

describe('CompetencyItem', () => {
  it('shows the label and the first-person statement of the competence', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Négociation' })).toBeInTheDocument();
    expect(screen.getByText(/^Je sais/)).toBeInTheDocument();
  });

  it('writes each answer as it is given and shows it at once', async () => {
    const { onChange } = setup();
    await userEvent.click(screen.getByRole('radio', { name: 'Je maîtrise' }));
    expect(onChange).toHaveBeenLastCalledWith({ aisance: 3 });
    expect(screen.getByRole('radio', { name: 'Je maîtrise' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Souvent' }));
    expect(onChange).toHaveBeenLastCalledWith({ mobilisation: 2 });
    await userEvent.click(screen.getByRole('checkbox', { name: "J'ai envie de la développer" }));
    expect(onChange).toHaveBeenLastCalledWith({ envie: true });
  });

  it('undoes what it showed when the write fails', async () => {
    setup(() => Promise.reject(new Error('QuotaExceededError')));
    await userEvent.click(screen.getByRole('radio', { name: 'Je maîtrise' }));
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: 'Je maîtrise' })).not.toBeChecked());
  });

  it('"non concerné·e" disables the scales', async () => {
    const { onChange } = setup();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Non concerné·e' }));
    expect(onChange).toHaveBeenLastCalledWith({ notConcerned: true });
    expect(screen.getByRole('radio', { name: 'Je maîtrise' })).toBeDisabled();
  });

  it('saves the context note as it is typed', async () => {
    const { onChange } = setup();
    await userEvent.type(screen.getByLabelText('Mon contexte (facultatif)'), 'DDCS');
    expect(onChange).toHaveBeenLastCalledWith({ note: 'DDCS' });
    expect(screen.getByLabelText('Mon contexte (facultatif)')).toHaveValue('DDCS');
  });

  it('« Effacer mes réponses » offers « Annuler », which writes back exactly what was there', async () => {
    const { onChange, onClear } = setup(undefined, ANSWERED);
    await userEvent.click(screen.getByRole('button', { name: 'Effacer mes réponses pour « Négociation »' }));
    expect(onClear).toHaveBeenCalledOnce();
    expect(await screen.findByText('Réponses effacées.')).toBeInTheDocument();
    expect(screen.getByText('Réponses effacées.').closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByRole('radio', { name: 'Je pratique avec appui' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: /^Annuler l'effacement des réponses pour/ }));
    expect(onChange).toHaveBeenLastCalledWith(ANSWERED);
    expect(screen.getByRole('radio', { name: 'Je pratique avec appui' })).toBeChecked();
    expect(screen.queryByText('Réponses effacées.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Effacer mes réponses pour « Négociation »' })).toHaveFocus();
  });

  it('withdraws the undo after ten seconds, not while the keyboard is on it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      setup(undefined, ANSWERED);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(screen.getByRole('button', { name: 'Effacer mes réponses pour « Négociation »' }));
      const undo = await screen.findByRole('button', { name: /^Annuler l'effacement/ });
      await user.tab();
      expect(undo).toHaveFocus();
      act(() => void vi.advanceTimersByTime(UNDO_MS * 2));
      expect(undo).toBeInTheDocument();
      await user.tab();
      act(() => void vi.advanceTimersByTime(UNDO_MS + 100));
      expect(screen.queryByText('Réponses effacées.')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('one at a time: moves on once a tap completes the three scales, not before', async () => {
    const onComplete = vi.fn();
    // Stored answers come back as the item's response, as the page's live query brings them.
    function Stored() {
      const [response, setResponse] = useState<CompetencyResponse>({});
      return (
        <CompetencyItem
          competency={negociation}
          response={response}
          onChange={(patch) => {
            setResponse((r) => ({ ...r, ...patch }));
            return Promise.resolve();
          }}
          onClear={() => Promise.resolve()}
          single={single}
        />
      );
    }
    const single = { onComplete };
    render(<Stored />);
    expect(screen.getByRole('heading', { level: 2, name: 'Négociation' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Je maîtrise' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Souvent' }));
    await new Promise((r) => setTimeout(r, ADVANCE_DELAY_MS + 50));
    expect(onComplete).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('radio', { name: 'Sur le terrain' }));
    await vi.waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    // The chosen level shows as chosen, not only as a dot: it is the checked radio of its group.
    expect(screen.getByRole('radio', { name: 'Sur le terrain' })).toBeChecked();
  });

  it('one at a time: the keys 1 to 4 answer the focused scale and take the focus to the next one', async () => {
    const onChange = vi.fn(() => Promise.resolve());
    const onComplete = vi.fn();
    render(
      <CompetencyItem
        competency={negociation}
        response={undefined}
        onChange={onChange}
        onClear={() => Promise.resolve()}
        single={{ onComplete }}
      />,
    );
    screen.getByRole('radio', { name: 'Je découvre' }).focus();
    await userEvent.keyboard('3');
    expect(onChange).toHaveBeenLastCalledWith({ aisance: 3 });
    expect(screen.getByRole('radio', { name: 'Jamais' })).toHaveFocus();
    await userEvent.keyboard('1');
    expect(onChange).toHaveBeenLastCalledWith({ mobilisation: 0 });
    expect(screen.getByRole('radio', { name: 'En formation' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ acquisition: 'terrain' });
    await new Promise((r) => setTimeout(r, ADVANCE_DELAY_MS + 50));
    // Moving with the arrows is not yet an answer to move on from.
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('shows an answer copied from the previous bilan « à confirmer », confirmed in one tap', async () => {
    const onChange = vi.fn(() => Promise.resolve());
    const onComplete = vi.fn();
    render(
      <CompetencyItem
        competency={negociation}
        response={{ aisance: 2, mobilisation: 3, acquisition: 'terrain', toConfirm: true }}
        onChange={onChange}
        onClear={() => Promise.resolve()}
        single={{ onComplete }}
      />,
    );
    expect(screen.getByText('À confirmer')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Je pratique avec appui' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: "C'est toujours vrai" }));
    expect(onChange).toHaveBeenLastCalledWith({ toConfirm: undefined });
    expect(onComplete).toHaveBeenCalled();
    expect(screen.queryByText('À confirmer')).not.toBeInTheDocument();
  });
});
