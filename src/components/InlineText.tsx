import { Fragment, type ReactNode } from 'react';
import { hasMarkup, plainText, tokenize, type Mark } from '../engine/markup';

interface Props {
  /** A line of the story, possibly with Inky's inline markup (`<i>`, `<b>`, `<em>`, `<strong>`, `<br>`). */
  text: string;
  /**
   * Characters of `text` typed out so far (the typewriter counts the raw line); the rest is kept in
   * place, hidden from sight and from screen readers. All of it when omitted.
   */
  shown?: number;
}

/** Wraps `content` in the elements of `marks`, outermost first. */
function marked(marks: readonly Mark[], content: ReactNode): ReactNode {
  return marks.reduceRight<ReactNode>((inner, mark) => {
    const Tag = mark;
    return <Tag>{inner}</Tag>;
  }, content);
}

/** A story line as React elements: the recognised markup becomes elements, everything else text. */
export function InlineText({ text, shown = Infinity }: Props) {
  const done = shown >= text.length;
  if (!hasMarkup(text)) {
    return done ? <>{text}</> : <Split visible={text.slice(0, shown)} hidden={text.slice(shown)} />;
  }
  const tokens = tokenize(text);
  // The typewriter counts raw characters; markup is not typed, so reveal the same share of what shows.
  let left = done ? Infinity : Math.round((Math.max(0, shown) / Math.max(1, text.length)) * plainText(text).length);
  const visible: ReactNode[] = [];
  const hidden: ReactNode[] = [];
  tokens.forEach((token, key) => {
    if (token.kind === 'break') {
      (left > 0 ? visible : hidden).push(<br key={key} />);
      left -= 1;
      return;
    }
    const seen = token.text.slice(0, Math.max(0, left));
    const unseen = token.text.slice(seen.length);
    left -= token.text.length;
    if (seen) visible.push(<Fragment key={key}>{marked(token.marks, seen)}</Fragment>);
    if (unseen) hidden.push(<Fragment key={key}>{marked(token.marks, unseen)}</Fragment>);
  });
  return hidden.length ? <Split visible={visible} hidden={hidden} /> : <>{visible}</>;
}

function Split({ visible, hidden }: { visible: ReactNode; hidden: ReactNode }) {
  return (
    <>
      {/* The full line is in the live region; sighted readers see it typed, the rest kept in place. */}
      <span>{visible}</span>
      <span className="line__unrevealed" aria-hidden="true">
        {hidden}
      </span>
    </>
  );
}
