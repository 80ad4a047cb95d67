// A labelled radio group for one scale. In full, every level shows its label and its meaning; compact,
// the levels are a row of buttons and their meanings are told once, on demand (« ? »). Either way the
// arrow keys move inside the group (the browser's radios) and the keys 1 to n choose a level.
// Shown alone, its legend is a heading that takes the focus, and the keys answer from there too.
import { useId, useRef, type KeyboardEvent } from 'react';

export interface ScaleOption<V extends string | number> {
  readonly value: V;
  readonly label: string;
  readonly description?: string;
}

/** How a level was chosen: pointer or touch, a number key, or the arrow keys moving in the group. */
export type ChoiceHow = 'pointer' | 'key' | 'arrow';

interface Props<V extends string | number> {
  readonly legend: string;
  readonly options: readonly ScaleOption<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V, how: ChoiceHow) => void;
  readonly disabled?: boolean;
  /** Levels as a row of buttons; their meanings behind a « ? » disclosure named by this text. */
  readonly compact?: { readonly meaningsLabel: string };
  readonly className?: string;
  /** The legend as a level-2 heading the page can focus (a question shown alone); keys 1 to n answer there too. */
  readonly legendHeading?: boolean;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** The level a number key names (1 for the first), if any. */
export function levelForKey<V extends string | number>(
  key: string,
  options: readonly ScaleOption<V>[],
): ScaleOption<V> | undefined {
  return /^[1-9]$/.test(key) ? options[Number(key) - 1] : undefined;
}

export function RadioScale<V extends string | number>({
  legend,
  options,
  value,
  onChange,
  disabled,
  compact,
  className,
  legendHeading,
}: Props<V>) {
  const name = useId();
  // Set by an arrow key just before the change it causes: moving through a group is not yet an answer
  // to move on from.
  const arrowing = useRef(false);

  const onKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    arrowing.current = ARROWS.has(e.key);
    const level = levelForKey(e.key, options);
    const onRadio = e.target instanceof HTMLInputElement && e.target.type === 'radio';
    const onHeading = legendHeading === true && e.target instanceof HTMLHeadingElement;
    if (!level || disabled || !(onRadio || onHeading)) return;
    e.preventDefault();
    document.getElementById(`${name}-${level.value}`)?.focus();
    onChange(level.value, 'key');
  };

  return (
    <fieldset
      className={['scale', compact ? 'compact' : '', className ?? ''].filter(Boolean).join(' ')}
      disabled={disabled}
      onKeyDown={onKeyDown}
    >
      <legend>
        {legendHeading ? (
          <h2 id={`${name}-h`} tabIndex={-1}>
            {legend}
          </h2>
        ) : (
          legend
        )}
      </legend>
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
                onChange={() => {
                  const how = arrowing.current ? 'arrow' : 'pointer';
                  arrowing.current = false;
                  onChange(o.value, how);
                }}
                aria-labelledby={`${id}-l`}
                aria-describedby={o.description ? `${id}-d` : undefined}
              />
              {/* The whole label is the click target; the name is the level, its meaning the description. */}
              <label htmlFor={id}>
                <span className="scale-label" id={`${id}-l`}>
                  {o.label}
                </span>
                {o.description && !compact && (
                  <span className="scale-description" id={`${id}-d`}>
                    {o.description}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      {compact && options.some((o) => o.description) && (
        <details className="scale-meanings">
          <summary>
            <span aria-hidden="true">?</span>
            <span className="visually-hidden">{compact.meaningsLabel}</span>
          </summary>
          <dl>
            {options.map((o) => (
              <div key={o.value}>
                <dt>{o.label}</dt>
                <dd id={`${name}-${o.value}-d`}>{o.description}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </fieldset>
  );
}
