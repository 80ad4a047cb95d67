import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceItem } from './ChoiceItem';

const options = [0, 1, 2, 3, 4].map((v) => ({
  value: v,
  label: ['Jamais', 'Rarement', 'Parfois', 'Souvent', 'Très souvent'][v] ?? '',
}));
const LEGEND = "Je rends compte à ma hiérarchie de l'avancement des actions.";

function renderItem(single?: { meaningsLabel: string; onAnswered: () => void }) {
  const save = vi.fn(() => Promise.resolve());
  render(<ChoiceItem legend={LEGEND} options={options} stored={undefined} save={save} single={single} />);
  return save;
}

describe('ChoiceItem', () => {
  it('on a page of its own kind (situations, tensions): a plain legend, no heading', () => {
    renderItem();
    expect(screen.getByRole('group', { name: LEGEND })).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('shown alone: its legend is a focusable heading, the levels a compact row', () => {
    renderItem({ meaningsLabel: 'Les fréquences', onAnswered: () => undefined });
    const heading = screen.getByRole('heading', { level: 2, name: LEGEND });
    heading.focus();
    expect(heading).toHaveFocus();
    expect(screen.getByRole('group', { name: LEGEND })).toHaveClass('compact');
  });

  it('shown alone: a click or a number key answers and says so; an arrow answers without saying so', async () => {
    const onAnswered = vi.fn();
    const save = renderItem({ meaningsLabel: 'Les fréquences', onAnswered });
    await userEvent.click(screen.getByRole('radio', { name: 'Souvent' }));
    expect(save).toHaveBeenLastCalledWith(3);
    expect(onAnswered).toHaveBeenCalledTimes(1);

    screen.getByRole('heading', { level: 2 }).focus();
    await userEvent.keyboard('2');
    expect(screen.getByRole('radio', { name: 'Rarement' })).toBeChecked();
    expect(save).toHaveBeenLastCalledWith(1);
    expect(onAnswered).toHaveBeenCalledTimes(2);

    await userEvent.keyboard('{ArrowRight}');
    expect(save).toHaveBeenLastCalledWith(2);
    expect(onAnswered).toHaveBeenCalledTimes(2);
  });
});
