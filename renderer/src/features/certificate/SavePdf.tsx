// Save as PDF with a page-size choice. The file is re-rendered from the signed data each time, so
// any later copy is identical in content to the first.
import { useId, useState, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import type { PageSize } from '../../store/certificate-slice'

export function SavePdf({
  certificateId,
  label
}: {
  certificateId: string
  label?: string
}): ReactElement {
  const savePdf = useAppStore((s) => s.savePdf)
  const [size, setSize] = useState<PageSize>(defaultSize)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState('')
  const id = useId()
  const save = async (): Promise<void> => {
    setBusy(true)
    setSaved('')
    const filename = await savePdf(certificateId, size)
    setBusy(false)
    if (filename) setSaved(`Saved ${filename}`)
  }
  return (
    <div className="save-pdf">
      <div className="row">
        <label htmlFor={`${id}-size`} className="small">
          Paper
        </label>
        <select
          id={`${id}-size`}
          value={size}
          onChange={(e) => setSize(e.target.value as PageSize)}
        >
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void save()}
        >
          {busy ? 'Preparing PDF…' : (label ?? 'Save as PDF')}
        </button>
      </div>
      <p role="status" className="small muted save-pdf-status">
        {saved}
      </p>
    </div>
  )
}

/** US Letter for North American locales, A4 elsewhere. */
function defaultSize(): PageSize {
  const lang = typeof navigator === 'undefined' ? '' : navigator.language
  return /-(US|CA|MX|PH)$/i.test(lang) ? 'Letter' : 'A4'
}
