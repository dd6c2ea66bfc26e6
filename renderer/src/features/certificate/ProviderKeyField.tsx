// Whose signature the Verify screen checks: this installation's keys (the default), or one
// accredited provider's published key, pasted or read from its .pub/.pem file. Against a provider
// key only that key counts, so a learner's self-issued certificate is not valid for a provider.
import { useState, type ReactElement } from 'react'

/** A published SPKI PEM is ~113 characters; anything much larger is not a key. */
const MAX_KEY_FILE_BYTES = 4096

export function ProviderKeyField({
  value,
  onChange
}: {
  /** null: this installation's keys; a string: the provider key text (may still be empty). */
  value: string | null
  onChange(next: string | null): void
}): ReactElement {
  const [fileError, setFileError] = useState<string | null>(null)
  const readKeyFile = async (file: File | undefined): Promise<void> => {
    if (!file) return
    if (file.size > MAX_KEY_FILE_BYTES) {
      setFileError('This file is too large to be a public key.')
      return
    }
    setFileError(null)
    onChange((await file.text()).trim())
  }
  return (
    <fieldset className="card provider-key" data-testid="trust-choice">
      <legend>Check against</legend>
      <label className="radio-row">
        <input type="radio" name="trust" checked={value === null} onChange={() => onChange(null)} />{' '}
        This installation&apos;s keys
      </label>
      <label className="radio-row">
        <input type="radio" name="trust" checked={value !== null} onChange={() => onChange('')} />{' '}
        An accredited provider&apos;s published key
      </label>
      {value !== null && (
        <div className="provider-key-input">
          <label htmlFor="provider-key" className="small">
            Provider&apos;s public key (paste the PEM text, or choose its .pub file)
          </label>
          <textarea
            id="provider-key"
            className="mono"
            rows={4}
            spellCheck={false}
            value={value}
            placeholder="-----BEGIN PUBLIC KEY-----"
            onChange={(e) => onChange(e.target.value)}
          />
          <label htmlFor="provider-key-file" className="btn">
            Choose key file…
          </label>
          <input
            id="provider-key-file"
            className="visually-hidden file-input"
            type="file"
            accept=".pub,.pem,text/plain,application/x-pem-file"
            onChange={(e) => {
              void readKeyFile(e.target.files?.[0])
              e.target.value = ''
            }}
          />
          {fileError && (
            <p className="small" role="alert">
              {fileError}
            </p>
          )}
        </div>
      )}
    </fieldset>
  )
}
