// One answer of a posture questionnaire as a labelled radio group, shown at once and saved as given.
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
}

export function ChoiceItem<V extends string | number>({
  legend,
  options,
  stored,
  save,
  children,
  className,
}: Props<V>) {
  const [value, setValue] = usePendingValue(stored, save);
  return (
    <div className={`choice-item ${className ?? ''}`}>
      {children}
      <RadioScale legend={legend} options={options} value={value} onChange={setValue} />
    </div>
  );
}
