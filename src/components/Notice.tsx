export interface NoticeAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

interface Props {
  message: string;
  actions: NoticeAction[];
}

/** A problem that does not stop reading (damaged save, storage refused, another tab): said plainly, with a way out. */
export function Notice({ message, actions }: Props) {
  return (
    <div className="notice" role="status">
      <p className="notice__text">
        <span className="notice__icon" aria-hidden="true">!</span>
        {message}
      </p>
      <div className="notice__actions">
        {actions.map((a) => (
          <button key={a.label} type="button" className={`button button--small${a.primary ? '' : ' button--quiet'}`} onClick={a.onClick}>
            {a.label}
          </button>
        ))}
      </div>
    </div>
  );
}
