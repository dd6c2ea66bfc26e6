// The learner profile. Validated with the contract's own schema (the same one main applies), so
// the form and the API never disagree; errors sit next to their field and are announced.
import { useId, useState, type FormEvent, type ReactElement } from 'react'
import {
  CREDENTIALS,
  profileInput,
  type ProfileInput,
  type ProfileView
} from '../../../../preload/contract/certificate'
import { useAppStore } from '../../store'
import { TextField } from './TextField'

type Field = 'fullName' | 'credentials' | 'credentialsOther' | 'licenceId' | 'npi' | 'email'
type Errors = Partial<Record<Field, string>>

const CREDENTIAL_LABELS: Record<(typeof CREDENTIALS)[number], string> = {
  MD: 'MD',
  DO: 'DO',
  NP: 'NP',
  PA: 'PA',
  RN: 'RN',
  PharmD: 'PharmD',
  other: 'Other…'
}

export function ProfileForm({ profile }: { profile: ProfileView }): ReactElement {
  const saveProfile = useAppStore((s) => s.saveProfile)
  const [form, setForm] = useState({
    fullName: profile.fullName,
    credentials: profile.credentials ?? '',
    credentialsOther: profile.credentialsOther,
    licenceId: profile.licenceId,
    npi: profile.npi,
    email: profile.email
  })
  const [errors, setErrors] = useState<Errors>({})
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const id = useId()

  const set = (field: Field) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }))
    setStatus('')
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const parsed = profileInput.safeParse(form)
    if (!parsed.success) {
      const next: Errors = {}
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field
        next[field] ??= field === 'credentials' ? 'Choose your credentials.' : issue.message
      }
      setErrors(next)
      setStatus('')
      const first = (Object.keys(next) as Field[])[0]
      document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    setBusy(true)
    const result = await saveProfile(form as ProfileInput)
    setBusy(false)
    setStatus(result.ok ? 'Profile saved.' : '')
    if (!result.ok) setErrors({ fullName: result.message })
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Learner profile</h2>
      <p className="small muted">
        Printed on your certificates exactly as entered. A certificate keeps the details it was
        issued with, even if you change them later.
      </p>
      <form className="profile-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id={`${id}-fullName`}
          label="Full name"
          hint="As it should appear on the certificate."
          value={form.fullName}
          onChange={set('fullName')}
          error={errors.fullName}
          required
          autoComplete="name"
          maxLength={120}
        />
        {profile.unprintable.length > 0 && (
          <p className="notice notice-warn small" role="note">
            These characters in your saved name cannot be printed by the certificate fonts and would
            show as “?”: {profile.unprintable.join(' ')}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-credentials`}>
            Credentials <span className="required">(required)</span>
          </label>
          <select
            id={`${id}-credentials`}
            value={form.credentials}
            aria-invalid={errors.credentials ? true : undefined}
            aria-describedby={errors.credentials ? `${id}-credentials-error` : undefined}
            onChange={(e) => set('credentials')(e.target.value)}
          >
            <option value="">Choose…</option>
            {CREDENTIALS.map((c) => (
              <option key={c} value={c}>
                {CREDENTIAL_LABELS[c]}
              </option>
            ))}
          </select>
          {errors.credentials && (
            <p id={`${id}-credentials-error`} className="field-error">
              {errors.credentials}
            </p>
          )}
        </div>
        {form.credentials === 'other' && (
          <TextField
            id={`${id}-credentialsOther`}
            label="Your credentials"
            hint="For example MBBS, DNP or CRNA."
            value={form.credentialsOther}
            onChange={set('credentialsOther')}
            error={errors.credentialsOther}
            required
            maxLength={60}
          />
        )}
        <TextField
          id={`${id}-licenceId`}
          label="Licence or board ID"
          hint="Optional. Printed on the certificate."
          value={form.licenceId}
          onChange={set('licenceId')}
          error={errors.licenceId}
          maxLength={60}
        />
        <TextField
          id={`${id}-npi`}
          label="NPI"
          hint="Optional. US National Provider Identifier (10 digits), sent with credit claims."
          value={form.npi}
          onChange={set('npi')}
          error={errors.npi}
          maxLength={10}
        />
        <TextField
          id={`${id}-email`}
          label="Email"
          hint="Optional. Kept with your certificates, not printed."
          type="email"
          value={form.email}
          onChange={set('email')}
          error={errors.email}
          autoComplete="email"
        />
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Save profile
          </button>
          <p role="status" className="save-status">
            {status && <span aria-hidden="true">✓ </span>}
            {status}
          </p>
        </div>
      </form>
    </section>
  )
}
