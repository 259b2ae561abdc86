import { Dialog } from './Dialog';
import { RadioGroup } from './RadioGroup';

/** The store's settings, restated here because components take props and never import the store. */
export interface SettingsValues {
  textScale: number;
  theme: 'light' | 'dark' | 'system';
  motion: 'full' | 'reduced' | 'system';
  reveal: 'instant' | 'typewriter';
  revealSpeed: number;
  autoAdvance: boolean;
}

interface Props {
  settings: SettingsValues;
  textScales: readonly number[];
  revealSpeeds: readonly number[];
  onChange: (patch: Partial<SettingsValues>) => void;
  onClose: () => void;
}

const SPEED_NAMES = ['Lenta', 'Media', 'Veloce'];

/** Reading settings; every change applies at once and is remembered. */
export function SettingsPanel({ settings, textScales, revealSpeeds, onChange, onClose }: Props) {
  return (
    <Dialog title="Impostazioni di lettura" onClose={onClose}>
      <div className="settings">
        <RadioGroup
          legend="Dimensione del testo"
          value={settings.textScale}
          options={textScales.map((s) => ({ value: s, label: `${Math.round(s * 100)}%` }))}
          onChange={(textScale) => onChange({ textScale })}
        />
        <RadioGroup
          legend="Tema"
          value={settings.theme}
          options={[
            { value: 'light', label: 'Chiaro' },
            { value: 'dark', label: 'Scuro' },
            { value: 'system', label: 'Come il sistema' },
          ]}
          onChange={(theme) => onChange({ theme })}
        />
        <RadioGroup
          legend="Movimento"
          value={settings.motion}
          options={[
            { value: 'full', label: 'Completo' },
            { value: 'reduced', label: 'Ridotto' },
            { value: 'system', label: 'Come il sistema' },
          ]}
          onChange={(motion) => onChange({ motion })}
        />
        <RadioGroup
          legend="Comparsa del testo"
          value={settings.reveal}
          options={[
            { value: 'instant', label: 'Subito' },
            { value: 'typewriter', label: 'Macchina da scrivere' },
          ]}
          onChange={(reveal) => onChange({ reveal })}
        />
        <RadioGroup
          legend="Velocità di scrittura"
          value={settings.revealSpeed}
          disabled={settings.reveal !== 'typewriter'}
          options={revealSpeeds.map((s, i) => ({ value: s, label: SPEED_NAMES[i] ?? `${s} car./s` }))}
          onChange={(revealSpeed) => onChange({ revealSpeed })}
        />
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.autoAdvance}
            onChange={(e) => onChange({ autoAdvance: e.target.checked })}
          />
          <span className="switch__label">
            Avanzamento automatico
            <span className="switch__hint">Le righe scorrono da sole, con il tempo di leggerle; si ferma alle scelte.</span>
          </span>
        </label>
      </div>
    </Dialog>
  );
}
