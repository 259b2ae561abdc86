import { Dialog } from './Dialog';

interface Props {
  /** Null while the sections are being found. */
  sections: { name: string }[] | null;
  current: string | null;
  onJump: (name: string) => void;
  onClose: () => void;
}

/** The episode's sections (key G): jump back to one already read, or forward along a reader's route. */
export function SectionsDialog({ sections, current, onJump, onClose }: Props) {
  return (
    <Dialog title="Vai a una sezione" onClose={onClose}>
      {sections === null && <p>Cerco le sezioni…</p>}
      {sections?.length === 0 && <p>Questo episodio non ha sezioni (il tag <code># section:</code>).</p>}
      {sections && sections.length > 0 && (
        <ol className="sections-list">
          {sections.map((s, i) => (
            <li key={s.name}>
              <button type="button" className="sections-list__item" aria-current={s.name === current || undefined} onClick={() => onJump(s.name)}>
                <span className="sections-list__number" aria-hidden="true">
                  {i + 1}
                </span>
                {s.name}
                {s.name === current && <span className="sections-list__here"> · qui ora</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
