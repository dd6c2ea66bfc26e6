// Issued certificates: the list, issuing after the evaluation, saving a PDF and verifying one.
// PDFs arrive as base64 and leave the page as a download: the browser edition saves it to the
// downloads folder, and Electron shows its Save dialog for a download by default.
import type {
  Api,
  ArgsOf,
  CertificateView,
  ClaimableView,
  ClaimPrepareView,
  EligibilityView,
  Evaluation,
  ExportFile,
  VerifyView
} from '../../../preload/contract'
import type { SliceCreator } from './types'

export type PageSize = 'A4' | 'Letter'

export interface CertificateSlice {
  certificates: CertificateView[] | null
  /** Eligible attempts without a certificate yet (loaded with the list). */
  claimable: ClaimableView[] | null
  loadCertificates(): Promise<void>
  checkEligibility(attemptId: string): Promise<EligibilityView | null>
  issueCertificate(attemptId: string, evaluation: Evaluation): Promise<CertificateView | null>
  /** Renders and downloads the PDF; resolves to the file name, or null after an error. */
  savePdf(certificateId: string, pageSize: PageSize): Promise<string | null>
  /** With a provider's published key (PEM text), only that key counts as valid. */
  verifyPdf(file: File, providerKey?: string): Promise<VerifyView | null>
  /** What a credit claim for this attempt would be (limits, provider, eligibility). */
  prepareClaim(attemptId: string): Promise<ClaimPrepareView | null>
  /** The signed claim file from main (the caller saves it), or null after an error. */
  exportClaim(request: ArgsOf<'claim:export'>): Promise<ExportFile | null>
}

/** Larger files cannot be certificates (they are ~50–200 KB) and would exceed the API limit. */
export const MAX_VERIFY_BYTES = 6 * 1024 * 1024

export const createCertificateSlice =
  (api: Api): SliceCreator<CertificateSlice> =>
  (set, get) => ({
    certificates: null,
    claimable: null,
    async loadCertificates() {
      const [result, claimable] = await Promise.all([
        api['certificate:list']({}),
        api['certificate:claimable']({})
      ])
      if (result.ok) set({ certificates: result.value })
      else set({ error: result.error })
      if (claimable.ok) set({ claimable: claimable.value })
      else set({ error: claimable.error })
    },
    async checkEligibility(attemptId) {
      const result = await api['certificate:eligibility']({ attemptId })
      if (result.ok) return result.value
      set({ error: result.error })
      return null
    },
    async issueCertificate(attemptId, evaluation) {
      const result = await api['certificate:issue']({ attemptId, evaluation })
      if (!result.ok) {
        set({ error: result.error })
        return null
      }
      const others = (get().certificates ?? []).filter((c) => c.id !== result.value.id)
      set({ certificates: [result.value, ...others] })
      return result.value
    },
    async savePdf(certificateId, pageSize) {
      const result = await api['certificate:pdf']({ certificateId, pageSize })
      if (!result.ok) {
        set({ error: result.error })
        return null
      }
      downloadBase64(result.value.filename, result.value.base64, 'application/pdf')
      return result.value.filename
    },
    async verifyPdf(file, providerKey) {
      if (file.size > MAX_VERIFY_BYTES) {
        set({
          error: {
            code: 'PAYLOAD_TOO_LARGE',
            message: 'This file is too large to be a certificate (6 MB at most).'
          }
        })
        return null
      }
      const pdfBase64 = toBase64(new Uint8Array(await file.arrayBuffer()))
      const result = await api['certificate:verify'](
        providerKey ? { pdfBase64, providerKey } : { pdfBase64 }
      )
      if (!result.ok) {
        set({ error: result.error })
        return null
      }
      return result.value
    },
    async prepareClaim(attemptId) {
      const result = await api['claim:prepare']({ attemptId })
      if (result.ok) return result.value
      set({ error: result.error })
      return null
    },
    async exportClaim(request) {
      const result = await api['claim:export'](request)
      if (result.ok) return result.value
      set({ error: result.error })
      return null
    }
  })

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // Chunked: String.fromCharCode with a whole file as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

function downloadBase64(filename: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: revoking at once can cancel the download in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
