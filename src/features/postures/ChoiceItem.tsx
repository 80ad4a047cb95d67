// One answer of a posture questionnaire as a labelled radio group, shown at once and saved as given;
// shown alone, a compact row of levels under a focusable heading, that says when it was answered.
import type { ReactNode } from 'react';
import { RadioScale, type ScaleOption } from '../../components/RadioScale';
import { usePendingValue } from '../../components/usePendingValue';

interface Props<V extends string | number> {
  readonly legend: string;
  readonly options: readonly ScaleOption<V>[];
  readonly stored: V | undefined;
  readonly save: (value: V | undefined) => Promise<void>;
  readonly children?: ReactNode;
  readonly className?: string;
  /** Shown alone: the levels as a row of buttons, the legend a heading; `onAnswered` follows an answer
   * given by pointer, touch or number key (not by the arrow keys, which only move inside the group). */
  readonly single?: { readonly meaningsLabel: string; readonly onAnswered: () => void };
}

export function ChoiceItem<V extends string | number>({
  legend,
  options,
  stored,
  save,
  children,
  className,
  single,
}: Props<V>) {
  const [value, setValue] = usePendingValue(stored, save);
  return (
    <div className={`choice-item ${className ?? ''}`}>
      {children}
      <RadioScale
        legend={legend}
        options={options}
        value={value}
        onChange={(v, how) => {
          setValue(v);
          if (single && how !== 'arrow') single.onAnswered();
        }}
        compact={single && { meaningsLabel: single.meaningsLabel }}
        legendHeading={single !== undefined}
      />
    </div>
  );
}
