import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RadioScale } from './RadioScale';

const options = [
  { value: 1, label: 'Je découvre', description: "J'en ai une première idée." },
  { value: 2, label: 'Je pratique avec appui', description: "Avec l'aide de collègues." },
];

describe('RadioScale', () => {
  it('is a named radio group whose levels carry their label as name and their meaning as description', () => {
    render(<RadioScale legend="Aisance" options={options} value={undefined} onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Aisance' });
    expect(group).toBeInTheDocument();
    const radio = screen.getByRole('radio', { name: 'Je découvre' });
    expect(radio).toHaveAccessibleDescription("J'en ai une première idée.");
    expect(screen.getAllByRole('radio')).toHaveLength(2);
  });

  it('reports the chosen level, also when its description is clicked', async () => {
    const onChange = vi.fn();
    render(<RadioScale legend="Aisance" options={options} value={1} onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Je découvre' })).toBeChecked();
    await userEvent.click(screen.getByText("Avec l'aide de collègues."));
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('can be disabled as a whole', () => {
    render(
      <RadioScale legend="Aisance" options={options} value={undefined} onChange={() => undefined} disabled />,
    );
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});
