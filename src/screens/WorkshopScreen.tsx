import { useEffect, useRef, useState } from 'react';
import { toggleFullscreen } from '../adapters/fullscreen';
import { modalOpen, WORKSHOP_SHORTCUTS, workshopCommandForKey, type WorkshopCommand } from '../app/keymap';
import { useApp, useAppStore } from '../app/store-context';
import { SectionsDialog } from '../components/SectionsDialog';
import { ShortcutsOverlay } from '../components/ShortcutsOverlay';
import type { WorkshopRole } from '../store';
import { PresenterView } from './PresenterView';
import { ProjectorView } from './ProjectorView';

/** Holding Page Down this long at a choice point confirms the option the clicker points at. */
const HOLD_TO_CONFIRM_MS = 700;

/** One window of a workshop: the room's screen or the presenter's, with the same keys in both. */
export function WorkshopScreen({ slug, role }: { slug: string; role: WorkshopRole }) {
  const store = useAppStore();
  const [help, setHelp] = useState(false);
  const [sections, setSections] = useState(false);
  // A held Page Down: when it went down, and which option was pointed before that first press moved it.
  const held = useRef<{ since: number; pointed: number | null } | null>(null);

  useEffect(() => {
    void store.getState().openWorkshop(slug, role);
    // A hidden window may have been throttled and missed messages: ask again when it shows.
    const onVisible = () => document.visibilityState === 'visible' && store.getState().resync();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      store.getState().closeWorkshop();
      store.getState().closeEpisode();
    };
  }, [store, slug, role]);

  useEffect(() => {
    const run = (command: WorkshopCommand, e: KeyboardEvent) => {
      const s = store.getState();
      const choosing = s.scene?.phase === 'choosing';
      switch (command.type) {
        case 'next':
          if (!choosing) return s.advance();
          // A clicker has no number keys: Page Down points through the options; held down, it confirms
          // the option pointed before the hold began (its first, non-repeated press moved the pointer on).
          if (!e.repeat) {
            held.current = { since: Date.now(), pointed: s.workshop?.pointed ?? null };
            return s.point(1);
          }
          if (held.current && Date.now() - held.current.since >= HOLD_TO_CONFIRM_MS) {
            const { pointed } = held.current;
            held.current = null;
            s.choosePointed(pointed ?? undefined);
          }
          return;
        case 'back-line':
          return choosing && s.workshop?.pointed !== null ? s.point(-1) : s.backLine();
        case 'back':
          return s.back();
        case 'confirm':
          return choosing ? s.choosePointed() : s.advance();
        case 'choose': {
          const choice = s.scene?.choices[command.number - 1];
          if (choice) s.choose(choice.index, 'key');
          return;
        }
        case 'blackout':
          return s.setBlackout(!s.workshop?.blackout);
        case 'fullscreen':
          return toggleFullscreen();
        case 'sections':
          return setSections((open) => !open);
        case 'prompt': {
          const w = s.workshop;
          if (w?.prompt) return s.hidePrompt();
          const last = s.transcript().findLast((b) => b.kind !== 'choice' && b.prompts.length > 0);
          if (last && last.kind !== 'choice') s.showPrompt(last.prompts.at(-1)!, null);
          return;
        }
        case 'help':
          return setHelp(true);
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || modalOpen()) return;
      const command = workshopCommandForKey(e);
      if (!command) return;
      e.preventDefault();
      run(command, e);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'PageDown' || e.key === 'ArrowRight') held.current = null;
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store]);

  // The section list is explored once per episode, when first opened.
  const [list, setList] = useState<{ name: string }[] | null>(null);
  const current = useApp((s) => s.scene?.stage.section ?? null);
  useEffect(() => {
    if (sections && list === null) void store.getState().sections().then(setList);
  }, [sections, list, store]);

  return (
    <>
      {role === 'projector' ? <ProjectorView slug={slug} /> : <PresenterView slug={slug} sectionsOpen={sections} onSections={setSections} />}
      {sections && (
        <SectionsDialog
          sections={list}
          current={current}
          onJump={(name) => {
            setSections(false);
            void store.getState().jumpToSection(name);
          }}
          onClose={() => setSections(false)}
        />
      )}
      {help && <ShortcutsOverlay shortcuts={WORKSHOP_SHORTCUTS} onClose={() => setHelp(false)} />}
    </>
  );
}
