import { act, fireEvent, render, screen } from '@testing-library/react';
import { LazyMotion, domAnimation } from 'framer-motion';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceList } from '../../src/components/ChoiceList';
import { Dialog } from '../../src/components/Dialog';
import { DialogueLine, type LineData } from '../../src/components/DialogueLine';
import { EpisodeCard, type EpisodeCardData } from '../../src/components/EpisodeCard';
import { Notice } from '../../src/components/Notice';
import { SettingsPanel } from '../../src/components/SettingsPanel';
import { Stage } from '../../src/components/Stage';
import { Transcript } from '../../src/components/Transcript';

const withMotion = (ui: ReactNode) => render(<LazyMotion features={domAnimation}>{ui}</LazyMotion>);

const card = (progress: Partial<EpisodeCardData['progress']> = {}): EpisodeCardData => ({
  slug: 'episodio-4',
  meta: { title: 'Ho bisogno di una pausa', episode: '4', time: '@02:00 p.m.', summary: 'Al 7-eleven.' },
  progress: { state: 'new', where: '', endings: [], ...progress },
});

describe('EpisodeCard', () => {
  it('offers to start an episode not yet read', () => {
    render(<EpisodeCard episode={card()} href="#/episodio/episodio-4" onRestart={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Ho bisogno di una pausa' })).toBeTruthy();
    expect(screen.getByText('@02:00 p.m.')).toBeTruthy();
    expect(screen.getByText('Non ancora iniziato')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Inizia' }).getAttribute('href')).toBe('#/episodio/episodio-4');
    expect(screen.queryByRole('button', { name: 'Ricomincia' })).toBeNull();
  });

  it('shows where the reader was, with continue and restart', () => {
    const onRestart = vi.fn();
    render(<EpisodeCard episode={card({ state: 'reading', where: 'Non dica così.' })} href="#x" onRestart={onRestart} />);
    expect(screen.getByText('In corso')).toBeTruthy();
    expect(screen.getByText(/Non dica così\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Continua' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ricomincia' }));
    expect(onRestart).toHaveBeenCalled();
  });

  it('shows a finished episode with the names of the endings seen', () => {
    const endings = [
      { id: 'pausa', name: 'Una pausa fino alle quattro' },
      { id: 'ripartire', name: 'Si riparte dalle persone' },
    ];
    const { container } = render(<EpisodeCard episode={card({ state: 'finished', endings })} href="#x" onRestart={() => {}} />);
    expect(screen.getByText('Concluso')).toBeTruthy();
    expect(container.querySelector('.episode-card__endings')!.textContent).toBe(
      '2 finali visti: «Una pausa fino alle quattro», «Si riparte dalle persone»',
    );
  });
});

describe('DialogueLine', () => {
  const speech: LineData = { kind: 'speech', id: 3, text: '<b>Lo sapevo</b> è finita la festa', speaker: { name: "L'uomo con il cappotto", color: '#7a2e2e' } };

  it("renders story text as text, never as HTML: only Inky's inline markup becomes elements", () => {
    const { container } = withMotion(<DialogueLine line={speech} arriving={false} reveal={null} />);
    // `<b>` is one of the tags stories written for Inky use (see src/engine/markup.ts): an element.
    expect(container.querySelector('.line__text b')?.textContent).toBe('Lo sapevo');
    expect(container.querySelector('.line__text')?.textContent).toBe('Lo sapevo è finita la festa');
    expect(screen.getByText("L'uomo con il cappotto")).toBeTruthy();
    const evil = { ...speech, id: 9, text: '<img src=x onerror="alert(1)"><script>alert(2)</script>' };
    const other = withMotion(<DialogueLine line={evil} arriving={false} reveal={null} />);
    expect(other.container.querySelector('img, script')).toBeNull();
    expect(other.container.querySelector('.line__text')?.textContent).toBe(evil.text);
  });

  it('names the author on narration (seen and heard), and the reader on a choice', () => {
    withMotion(
      <>
        <DialogueLine line={{ kind: 'narration', id: 1, text: 'Una riflessione.' }} arriving={false} reveal={null} />
        <DialogueLine line={{ kind: 'choice', id: 2, text: 'Ascoltare' }} arriving={false} reveal={null} />
      </>,
    );
    expect(screen.getByText("L'autore")).toBeTruthy();
    expect(screen.getByText('Hai scelto:')).toBeTruthy();
  });

  it("gives the author's `# class:` names to the line, so a title card can look like one", () => {
    const { container } = withMotion(
      <DialogueLine line={{ kind: 'narration', id: 4, text: 'Episodio 4', classes: ['titolo'] }} arriving={false} reveal={null} />,
    );
    expect(container.querySelector('.line.ink-titolo')?.textContent).toContain('Episodio 4');
  });

  it("types a line out on the reveal's clock: nothing shown at the first frame, half at half time, all at the end", () => {
    vi.useFakeTimers({ toFake: ['performance', 'requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout'] });
    try {
      const reveal = { start: performance.now(), duration: 1000 };
      const { container } = withMotion(<DialogueLine line={{ kind: 'narration', id: 1, text: 'Ciao a te' }} arriving reveal={reveal} />);
      const hidden = () => container.querySelector('.line__unrevealed')?.textContent ?? '';
      expect(hidden()).toBe('Ciao a te');
      act(() => void vi.advanceTimersByTime(500));
      expect(hidden()).toBe(' a te');
      // However late the frames come, the text follows the clock, never the frame count.
      act(() => void vi.advanceTimersByTime(1000));
      expect(hidden()).toBe('');
      expect(container.querySelector('.line__text')?.textContent).toBe("Ciao a te");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('ChoiceList', () => {
  it('numbers real buttons, pre-selects none, and tells a tap from a key', () => {
    const onChoose = vi.fn();
    withMotion(<ChoiceList choices={[{ index: 0, text: 'Ascoltare' }, { index: 1, text: 'Andarsene' }]} onChoose={onChoose} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['1Ascoltare', '2Andarsene']);
    expect(buttons).not.toContain(document.activeElement);
    fireEvent.click(buttons[1], { detail: 1 });
    expect(onChoose).toHaveBeenLastCalledWith(1, 'pointer');
    fireEvent.click(buttons[0], { detail: 0 });
    expect(onChoose).toHaveBeenLastCalledWith(0, 'key');
  });
});

describe('Dialog', () => {
  it('takes focus, keeps Tab inside, closes with Escape and gives focus back', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onClose = vi.fn();
    const { unmount } = render(
      <Dialog title="Prova" onClose={onClose}>
        <button type="button">Uno</button>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Prova' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    const [first, last] = Array.from(dialog.querySelectorAll('button'));
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

describe('Stage', () => {
  it('draws the figures present with their pose and marks the speaker', () => {
    const { container } = withMotion(
      <Stage
        figures={[
          { id: 'cappotto', name: "L'uomo con il cappotto", short: 'Cappotto', figure: 'coat', color: '#7a2e2e', pose: 'braccia-incrociate' },
          { id: 'valigetta', name: 'Quello con la valigetta', short: 'Valigetta', figure: 'briefcase', color: '#1f4e79', pose: 'neutro' },
        ]}
        speaker="cappotto"
        narrating={false}
        scene="7-eleven"
        time="@02:00 p.m."
        image={null}
        background={null}
      />,
    );
    const coat = container.querySelector('[data-figure="cappotto"]')!;
    expect(coat.getAttribute('data-pose')).toBe('braccia-incrociate');
    expect(coat.hasAttribute('data-speaking')).toBe(true);
    expect(container.querySelector('[data-figure="valigetta"]')!.hasAttribute('data-speaking')).toBe(false);
    expect(screen.getByText(/In scena: L'uomo con il cappotto, a braccia incrociate, sta parlando/)).toBeTruthy();
  });

  it("tells a screen reader nobody is on stage, and draws the author's picture and backdrop", () => {
    const { container } = withMotion(<Stage figures={[]} speaker={null} narrating scene="" time="" image="immagini/insegna.png" background="sfondi/negozio.jpg" />);
    expect(screen.getByText('Nessuno in scena.')).toBeTruthy();
    expect(container.querySelector('img.stage__image')?.getAttribute('src')).toBe('immagini/insegna.png');
    expect((container.querySelector('.stage') as HTMLElement).style.backgroundImage).toContain('sfondi/negozio.jpg');
    expect(container.textContent).not.toMatch(/pausa/);
  });
});

describe('Notice and Transcript', () => {
  it('offers its actions on a notice', () => {
    const onRestart = vi.fn();
    const onDismiss = vi.fn();
    render(
      <Notice
        message="Salvataggio danneggiato."
        actions={[
          { label: "Ricomincia l'episodio", onClick: onRestart, primary: true },
          { label: 'Chiudi', onClick: onDismiss },
        ]}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Salvataggio danneggiato.');
    fireEvent.click(screen.getByRole('button', { name: "Ricomincia l'episodio" }));
    fireEvent.click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(onRestart).toHaveBeenCalled();
    expect(onDismiss).toHaveBeenCalled();
  });

  it('lists every line with the choices made', () => {
    render(
      <Transcript
        lines={[
          { kind: 'speech', id: 0, text: 'Lo sapevo', speaker: { name: 'Cappotto', color: '#000' } },
          { kind: 'choice', id: 1, text: 'Ascoltare' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Hai scelto:').parentElement!.textContent).toBe('Hai scelto: Ascoltare');
  });

  it('marks a stage direction in the history as the page does, so it is not read as the author', () => {
    render(
      <Transcript
        lines={[
          { kind: 'narration', id: 0, text: 'Risponde quello con la valigetta.', classes: ['didascalia'] },
          { kind: 'narration', id: 1, text: 'Non è certo questa la Social Media Revolution.' },
        ]}
      />,
    );
    const [direction, voice] = screen.getAllByRole('listitem');
    expect(direction.className).toContain('ink-didascalia');
    expect(voice.className).not.toContain('ink-didascalia');
  });
});

describe('SettingsPanel', () => {
  it('reports each change as a patch', () => {
    const onChange = vi.fn();
    render(
      <SettingsPanel
        settings={{ textScale: 1, theme: 'system', motion: 'system', reveal: 'instant', revealSpeed: 60, autoAdvance: false }}
        textScales={[1, 1.25]}
        revealSpeeds={[30, 60, 120]}
        onChange={onChange}
        onClose={() => {}}
      />,
    );
    fireEvent.click(screen.getByLabelText('Scuro'));
    fireEvent.click(screen.getByLabelText('125%'));
    fireEvent.click(screen.getByLabelText('Macchina da scrivere'));
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange.mock.calls).toEqual([[{ theme: 'dark' }], [{ textScale: 1.25 }], [{ reveal: 'typewriter' }], [{ autoAdvance: true }]]);
  });
});
