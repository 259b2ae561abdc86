import type { Ref } from 'react';
import { InlineText } from './InlineText';

interface Props {
  choices: { index: number; text: string }[];
  /** `via` tells a pointer click (which the store ignores for a moment after the choices appear) from a key. */
  onChoose: (index: number, via: 'key' | 'pointer') => void;
  /** The group takes focus, not its first button: Enter pressed to read on must never pick a choice. */
  ref?: Ref<HTMLDivElement>;
  /**
   * Already taken: hidden until it is removed (see `useLeaving` in screens/), its buttons and their
   * parts no longer `.choice…`, so nothing looking for the choices on offer finds them.
   */
  leaving?: boolean;
}

/** The branch point: real buttons, numbered for the 1–9 keys, none pre-selected. */
export function ChoiceList({ choices, onChoose, ref, leaving = false }: Props) {
  // On its way out, nothing in it answers to the choices' classes (tests and tools read what is offered).
  const on = (name: string) => (leaving ? undefined : name);
  return (
    // Fades in with a CSS animation (`.choices`), so mounting the choices costs no script.
    <div
      ref={ref}
      tabIndex={-1}
      className="choices"
      role="group"
      aria-labelledby={leaving ? undefined : 'choices-title'}
      hidden={leaving}
    >
      <h2 id={leaving ? undefined : 'choices-title'} className="choices__title">
        Tocca a te
      </h2>
      <ol className="choices__list">
        {choices.map((c, i) => (
          <li key={c.index}>
            <button
              type="button"
              className={on('choice')}
              // A click from Enter or Space on a focused button has detail 0; a tap or mouse click has 1+.
              onClick={(e) => onChoose(c.index, e.detail > 0 ? 'pointer' : 'key')}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
            >
              <span className={on('choice__number')} aria-hidden="true">
                {i + 1}
              </span>
              <span className={on('choice__text')}><InlineText text={c.text} /></span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
