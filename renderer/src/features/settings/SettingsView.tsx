// Settings: the learner profile a certificate is issued to, display settings that apply at once,
// and the course settings (set by the CE provider, shown read-only so the rule is never a surprise).
import { useEffect, useRef, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import { DisplayForm } from './DisplayForm'
import { ProfileForm } from './ProfileForm'
import '../quiz/quiz.css'
import './settings.css'

export function SettingsView(): ReactElement {
  const settings = useAppStore((s) => s.settings)
  const profile = useAppStore((s) => s.profile)
  const loadSettings = useAppStore((s) => s.loadSettings)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
    void loadSettings()
  }, [loadSettings])

  return (
    <div className="page page-narrow settings-page">
      <header className="page-header">
        <h1 tabIndex={-1} ref={headingRef}>
          Settings
        </h1>
        <p className="muted">Your details for certificates, and how the app looks.</p>
      </header>
      {profile ? <ProfileForm profile={profile} /> : <p aria-busy="true">Loading your profile…</p>}
      {settings && <DisplayForm settings={settings} />}
      {settings && (
        <section className="card" aria-labelledby="course-title">
          <h2 id="course-title">Course settings</h2>
          <p className="small muted">
            Rules of this course, shipped with the app; no setting or backup can change them.
          </p>
          <dl className="facts">
            <div>
              <dt>Pass mark</dt>
              <dd data-testid="course-pass-mark">{settings.course.passMarkPercent}%</dd>
            </div>
            <div>
              <dt>Items for a certificate</dt>
              <dd>at least {settings.course.minItems}</dd>
            </div>
            <div>
              <dt>Time per item</dt>
              <dd>
                {settings.course.secondsPerItem} s (×
                {settings.course.accommodations.join(', ×')} on request)
              </dd>
            </div>
            {settings.course.minSecondsPerItem > 0 && (
              <div>
                <dt>Working time</dt>
                <dd>at least {settings.course.minSecondsPerItem} s per item</dd>
              </div>
            )}
          </dl>
          <p className="small">{settings.certificateRule}</p>
        </section>
      )}
    </div>
  )
}
