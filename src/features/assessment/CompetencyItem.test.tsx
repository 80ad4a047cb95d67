import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COMPETENCIES } from '../../domain/content/grid';
import { CompetencyItem } from './CompetencyItem';

const negociation = COMPETENCIES.find((c) => c.id === 'competency.strategie.regulation.negociation')!;

function setup(save: () => Promise<void> = () => Promise.resolve()) {
  const onChange = vi.fn(save);
  const onClear = vi.fn(() => Promise.resolve());
  render(
    <CompetencyItem competency={negociation} response={undefined} onChange={onChange} onClear={onClear} />,
  );
  return { onChange, onClear };
}

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
});
