import { useEffect, useState } from 'react';

interface Props {
  text: string;
  /** When it was shown (ms, wall clock) and how long the room has to talk, if a countdown was set. */
  shownAt: number;
  seconds: number | null;
  now: () => number;
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** A discussion question, large over the dimmed scene, with its countdown. */
export function PromptOverlay({ text, shownAt, seconds, now }: Props) {
  const [, tick] = useState(0);
  useEffect(() => {
    if (seconds === null) return;
    const id = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [seconds]);
  const left = seconds === null ? null : shownAt + seconds * 1000 - now();
  return (
    <div className="prompt-overlay" role="dialog" aria-modal="false" aria-labelledby="prompt-overlay-text">
      <p className="prompt-overlay__kicker">Domanda per la sala</p>
      <p id="prompt-overlay-text" className="prompt-overlay__text">
        {text}
      </p>
      {left !== null && (
        <p className={`prompt-overlay__timer${left <= 0 ? ' is-over' : ''}`} aria-live="off">
          {left > 0 ? clock(left) : 'Tempo!'}
        </p>
      )}
    </div>
  );
}
