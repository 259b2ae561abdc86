// Inky's inline markup: exactly <i> <b> <em> <strong> <br> become elements; everything else stays text.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InlineText } from '../../src/components/InlineText';
import { decodeEntities, plainText, tokenize } from '../../src/engine/markup';

describe('markup tokenizer', () => {
  it('splits a line into marked runs and breaks', () => {
    expect(tokenize('Il tabellone dice <i>soppresso</i>, poi <b>in <em>arrivo</em></b>.<br/>Fine')).toEqual([
      { kind: 'text', text: 'Il tabellone dice ', marks: [] },
      { kind: 'text', text: 'soppresso', marks: ['i'] },
      { kind: 'text', text: ', poi ', marks: [] },
      { kind: 'text', text: 'in ', marks: ['b'] },
      { kind: 'text', text: 'arrivo', marks: ['b', 'em'] },
      { kind: 'text', text: '.', marks: [] },
      { kind: 'break' },
      { kind: 'text', text: 'Fine', marks: [] },
    ]);
  });

  it('is case-insensitive, runs an unclosed tag to the end and drops a stray closing tag', () => {
    expect(tokenize('<STRONG>forte</strong> e </i><i>aperto')).toEqual([
      { kind: 'text', text: 'forte', marks: ['strong'] },
      { kind: 'text', text: ' e ', marks: [] },
      { kind: 'text', text: 'aperto', marks: ['i'] },
    ]);
  });

  it('keeps every other tag as text, scripts and event handlers included', () => {
    const line = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:x">link</a><i onclick="y">z</i>';
    // `<i onclick>` is not `<i>`: it stays text, and the `</i>` after it closes nothing (dropped, as a browser does).
    expect(plainText(line)).toBe(line.replace('z</i>', 'z'));
    expect(tokenize(line).every((t) => t.kind === 'text' && t.marks.length === 0)).toBe(true);
  });

  it('decodes the common entities as text, leaves unknown ones alone', () => {
    expect(decodeEntities('a &amp; b &lt;i&gt; &#39;c&#x27; &bogus; &#0;')).toBe("a & b <i> 'c' &bogus; &#0;");
    // An entity spelling a tag is text, never markup.
    expect(tokenize('&lt;b&gt;no&lt;/b&gt;')).toEqual([{ kind: 'text', text: '<b>no</b>', marks: [] }]);
  });
});

describe('InlineText', () => {
  it('renders the markup as elements and the rest as text nodes', () => {
    const { container } = render(<p><InlineText text={'Il <i>treno</i> <b>parte</b><br>ora <script>alert(1)</script><img src=x onerror=alert(1)>'} /></p>);
    expect(container.querySelector('i')?.textContent).toBe('treno');
    expect(container.querySelector('b')?.textContent).toBe('parte');
    expect(container.querySelectorAll('br')).toHaveLength(1);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('Il treno parteora <script>alert(1)</script><img src=x onerror=alert(1)>');
  });

  it('typed out: what is not shown yet stays in place, hidden, with its marks', () => {
    const { container } = render(<p><InlineText text="ab <b>cdef</b>" shown={7} /></p>);
    const [visible, hidden] = container.querySelectorAll('p > span');
    // 7 of 14 raw characters: half of the 7 a reader sees ("ab cdef"), rounded.
    expect(visible.textContent).toBe('ab c');
    expect(hidden.getAttribute('aria-hidden')).toBe('true');
    expect(visible.querySelector('b')?.textContent).toBe('c');
    expect(hidden.querySelector('b')?.textContent).toBe('def');
  });
});
