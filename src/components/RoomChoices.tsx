interface Props {
  choices: { index: number; text: string }[];
  /** The option a clicker points at (shown lit), or null. */
  pointed: number | null;
}

/** The options as the room sees them: numbered for the 1–9 keys, the pointed one lit. Not buttons: the room does not click. */
export function RoomChoices({ choices, pointed }: Props) {
  return (
    <ol className="room-choices" aria-label="Le risposte possibili">
      {choices.map((c, i) => (
        <li key={c.index} className={`room-choices__item${i === pointed ? ' is-pointed' : ''}`} aria-current={i === pointed || undefined}>
          <span className="room-choices__number" aria-hidden="true">
            {i + 1}
          </span>
          {c.text}
        </li>
      ))}
    </ol>
  );
}
