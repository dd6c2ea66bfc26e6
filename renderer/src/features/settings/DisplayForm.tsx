// Display settings: theme, text size and motion. Each change applies at once (and is saved), so
// the learner sees the effect while choosing.
import { useId, type ReactElement } from 'react'
import type { SettingsView } from '../../../../preload/contract/certificate'
import { useAppStore } from '../../store'
import { RadioGroup } from '../../ui/components/RadioGroup'

const THEMES = [
  { value: 'system', label: 'Same as my computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'high-contrast', label: 'High contrast' }
] as const

const MOTION = [
  { value: 'system', label: 'Same as my computer' },
  { value: 'on', label: 'Reduce motion' },
  { value: 'off', label: 'Allow motion' }
] as const

export function DisplayForm({ settings }: { settings: SettingsView }): ReactElement {
  const saveDisplay = useAppStore((s) => s.saveDisplay)
  const id = useId()
  return (
    <section className="card display-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Display</h2>
      <p className="small muted">Changes apply immediately and are remembered.</p>
      <RadioGroup
        name="theme"
        legend="Theme"
        className="choices-2col"
        value={settings.theme}
        choices={THEMES}
        onChange={(theme) => void saveDisplay({ theme })}
      />
      <div className="field text-size">
        <label htmlFor={`${id}-scale`}>Text size</label>
        <div className="row">
          <input
            id={`${id}-scale`}
            type="range"
            min={100}
            max={200}
            step={10}
            value={settings.textScale}
            aria-valuetext={`${settings.textScale} percent`}
            onChange={(e) => void saveDisplay({ textScale: Number(e.target.value) })}
          />
          <output htmlFor={`${id}-scale`} className="scale-value">
            {settings.textScale}%
          </output>
        </div>
      </div>
      <RadioGroup
        name="motion"
        legend="Animations"
        className="choices-inline"
        value={settings.reducedMotion}
        choices={MOTION}
        onChange={(reducedMotion) => void saveDisplay({ reducedMotion })}
      />
    </section>
  )
}
