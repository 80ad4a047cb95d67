import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RadioScale, levelForKey, type ScaleOption } from './RadioScale';

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
    expect(onChange).toHaveBeenCalledWith(2, 'pointer');
  });

  it('can be disabled as a whole', () => {
    render(
      <RadioScale legend="Aisance" options={options} value={undefined} onChange={() => undefined} disabled />,
    );
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});

const OPTIONS: readonly ScaleOption<number>[] = [
  { value: 0, label: 'Jamais', description: 'Mon poste ne me la demande pas.' },
  { value: 1, label: 'Rarement', description: 'De temps en temps.' },
  { value: 2, label: 'Souvent', description: 'Régulièrement.' },
  { value: 3, label: 'Au cœur de mon poste', description: "C'est l'essentiel." },
];

function setup(value?: number) {
  const onChange = vi.fn();
  render(
    <RadioScale
      legend="Mobilisation"
      options={OPTIONS}
      value={value}
      onChange={onChange}
      compact={{ meaningsLabel: 'Ce que veulent dire les niveaux' }}
    />,
  );
  return onChange;
}

describe('RadioScale, compact', () => {
  it('is a named radio group whose levels are radios named by their label', () => {
    setup(2);
    const group = screen.getByRole('group', { name: 'Mobilisation' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByRole('radio', { name: 'Souvent' })).toBeChecked();
  });

  it('tells each level its meaning once, behind a « ? » disclosure, and as the radio’s description', async () => {
    setup();
    expect(screen.getAllByText('Régulièrement.')).toHaveLength(1);
    expect(screen.getByRole('radio', { name: 'Souvent' })).toHaveAccessibleDescription('Régulièrement.');
    const disclosure = screen.getByText('Ce que veulent dire les niveaux').closest('details')!;
    expect(disclosure).not.toHaveAttribute('open');
    await userEvent.click(screen.getByText('Ce que veulent dire les niveaux'));
    expect(disclosure).toHaveAttribute('open');
  });

  it('answers with a tap, saying it was a pointer', async () => {
    const onChange = setup();
    await userEvent.click(screen.getByRole('radio', { name: 'Rarement' }));
    expect(onChange).toHaveBeenLastCalledWith(1, 'pointer');
  });

  it('answers the focused scale with the keys 1 to 4, by position, and moves the focus there', async () => {
    const onChange = setup(0);
    screen.getByRole('radio', { name: 'Jamais' }).focus();
    await userEvent.keyboard('4');
    expect(onChange).toHaveBeenLastCalledWith(3, 'key');
    expect(screen.getByRole('radio', { name: 'Au cœur de mon poste' })).toHaveFocus();
    await userEvent.keyboard('7');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('says an answer moved to with the arrow keys was moved to, not given to move on', async () => {
    const onChange = setup(0);
    screen.getByRole('radio', { name: 'Jamais' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(1, 'arrow');
  });

  it('names the level for a key', () => {
    expect(levelForKey('1', OPTIONS)?.label).toBe('Jamais');
    expect(levelForKey('4', OPTIONS)?.label).toBe('Au cœur de mon poste');
    expect(levelForKey('5', OPTIONS)).toBeUndefined();
    expect(levelForKey('a', OPTIONS)).toBeUndefined();
  });
});
