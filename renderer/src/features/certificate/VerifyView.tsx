// Verify a certificate PDF offline: choose a file or drop it here. The verdict is said in words
// and with a symbol (never by colour alone) and announced, followed by the signed fields so the
// reader can compare them with the printed page.
import { useRef, useState, type DragEvent, type ReactElement } from 'react'
import type { VerifyView as Verdict } from '../../../../preload/contract/certificate'
import { useAppStore } from '../../store'
import { ProviderKeyField } from './ProviderKeyField'
import { VerifyResult } from './VerifyResult'
import './certificate.css'

export function VerifyView(): ReactElement {
  const verifyPdf = useAppStore((s) => s.verifyPdf)
  const [result, setResult] = useState<{ file: string; verdict: Verdict } | null>(null)
  const [busy, setBusy] = useState(false)
  const [dragging, setDragging] = useState(false)
  const [providerKey, setProviderKey] = useState<string | null>(null)
  const [keyMissing, setKeyMissing] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  const check = async (file: File | undefined): Promise<void> => {
    if (!file) return
    setBusy(true)
    setResult(null)
    const key = providerKey?.trim()
    if (providerKey !== null && !key) {
      setBusy(false)
      setKeyMissing(true)
      return
    }
    setKeyMissing(false)
    const verdict = await verifyPdf(file, key)
    setBusy(false)
    if (verdict) setResult({ file: file.name, verdict })
  }
  const onDrop = (event: DragEvent): void => {
    event.preventDefault()
    setDragging(false)
    void check(event.dataTransfer.files[0])
  }

  return (
    <div className="page page-narrow cert-page">
      <header className="page-header">
        <h1>Verify a certificate</h1>
        <p className="muted">
          Checks the signature inside an RLS Casebook certificate PDF, against this
          installation&apos;s keys or an accredited provider&apos;s published key. Nothing is sent
          anywhere: the check runs on this computer.
        </p>
      </header>
      <ProviderKeyField value={providerKey} onChange={setProviderKey} />
      <section
        className={`card drop-zone ${dragging ? 'is-dragging' : ''}`}
        aria-labelledby="drop-title"
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2 id="drop-title">Choose or drop a PDF</h2>
        <p className="small muted">Drag the certificate file onto this box, or choose it.</p>
        <label htmlFor="verify-file" className="btn btn-primary">
          Choose PDF…
        </label>
        <input
          id="verify-file"
          ref={inputRef}
          className="visually-hidden file-input"
          type="file"
          accept="application/pdf,.pdf"
          onChange={(e) => {
            void check(e.target.files?.[0])
            e.target.value = '' // so choosing the same file again checks it again
          }}
        />
      </section>
      <div aria-live="polite" aria-busy={busy}>
        {busy && <p className="card">Checking…</p>}
        {keyMissing && (
          <p className="card" role="alert">
            Paste or choose the provider&apos;s public key first, or check against this
            installation&apos;s keys.
          </p>
        )}
        {result && <VerifyResult file={result.file} verdict={result.verdict} />}
      </div>
    </div>
  )
}
