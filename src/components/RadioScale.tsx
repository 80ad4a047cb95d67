// A labelled radio group for one scale: every level shows its label and its meaning.
import { useId } from 'react';

export interface ScaleOption<V extends string | number> {
  readonly value: V;
  readonly label: string;
  readonly description?: string;
}

interface Props<V extends string | number> {
  readonly legend: string;
  readonly options: readonly ScaleOption<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  readonly disabled?: boolean;
}

export function RadioScale<V extends string | number>({
  legend,
  options,
  value,
  onChange,
  disabled,
}: Props<V>) {
  const name = useId();
  return (
    <fieldset className="scale" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="scale-options">
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <div className="scale-option" key={o.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={String(o.value)}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-labelledby={`${id}-l`}
                aria-describedby={o.description ? `${id}-d` : undefined}
              />
              {/* The whole label is the click target; the name is the level, its meaning the description. */}
              <label htmlFor={id}>
                <span className="scale-label" id={`${id}-l`}>
                  {o.label}
                </span>
                {o.description && (
                  <span className="scale-description" id={`${id}-d`}>
                    {o.description}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
