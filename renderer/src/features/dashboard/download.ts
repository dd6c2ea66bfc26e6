// Turns an export into a file download. Works in both editions: in Electron the blob download
// opens the system "Save as" dialog.
import type { ExportFile } from '../../../../preload/contract'

export function saveFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
  const link = doc.createElement('a')
  link.href = url
  link.download = file.filename
  link.style.display = 'none'
  doc.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
