import { useId } from 'react';

interface Props<T extends string | number> {
  legend: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A fieldset of native radios styled as a segmented control (arrow keys work as usual). */
export function RadioGroup<T extends string | number>({ legend, value, options, onChange, disabled }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="segmented" disabled={disabled}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((o) => (
          <label key={String(o.value)} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={String(o.value)}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
