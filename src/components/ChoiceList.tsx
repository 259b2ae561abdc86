import { m } from 'framer-motion';
import { useEffect, useRef } from 'react';

interface Props {
  choices: { index: number; text: string }[];
  onChoose: (index: number) => void;
}

/** The branch point: real buttons, numbered for the 1–9 keys; focus lands on the first one. */
export function ChoiceList({ choices, onChoose }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus({ preventScroll: true });
  }, []);
  return (
    <m.div
      className="choices"
      role="group"
      aria-labelledby="choices-title"
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      transition={{ duration: 0.25, delay: 0.1 }}
    >
      <h2 id="choices-title" className="choices__title">
        Tocca a te
      </h2>
      <ol className="choices__list">
        {choices.map((c, i) => (
          <li key={c.index}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              className="choice"
              onClick={() => onChoose(c.index)}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
            >
              <span className="choice__number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="choice__text">{c.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </m.div>
  );
}
