export interface HandsOption {
  text: string;
  count: number;
}

interface Props {
  /** The options offered, in order, with the hands raised for each. */
  options: readonly HandsOption[];
  /** The option taken: its bar is drawn in the accent colour and marked «scelta» (not by colour alone). */
  chosen?: string | null;
  /** The chart's accessible name, e.g. «Alzate di mano del gruppo 2». */
  label?: string;
  className?: string;
}

/**
 * A show of hands as horizontal bars, the longest for the most hands. Sized in em only, so it scales
 * with its container's font size: small in the groups table, large on the projector.
 */
export function HandsChart({ options, chosen = null, label = 'Alzate di mano', className }: Props) {
  const most = Math.max(1, ...options.map((o) => o.count));
  return (
    <ul className={`hands${className ? ` ${className}` : ''}`} aria-label={label}>
      {options.map((o, i) => {
        const isChosen = o.text === chosen;
        return (
          <li key={`${i}:${o.text}`} className={`hands__row${isChosen ? ' hands__row--chosen' : ''}`}>
            <span className="hands__option">
              {o.text}
              {isChosen && ' '}
              {isChosen && (
                <span className="hands__mark">
                  <span aria-hidden="true">✓ </span>scelta
                </span>
              )}
            </span>{' '}
            <span className="hands__count">
              {o.count}
              <span className="sr-only">{o.count === 1 ? ' mano' : ' mani'}</span>
            </span>
            <span className="hands__bar" aria-hidden="true">
              <span className="hands__fill" style={{ inlineSize: `${(o.count / most) * 100}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
