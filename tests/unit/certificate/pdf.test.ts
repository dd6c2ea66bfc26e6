import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unprintableCharacters } from '../../../main/certificate'
import { FORBIDDEN_PHRASE, HONESTY_STATEMENT } from '../../../main/certificate/fields'
import { loadCertificateFonts } from '../../../main/certificate/fonts'
import type { CertificateFonts } from '../../../main/certificate/fonts'
import { loadOrCreateSigningKey } from '../../../main/certificate/keys'
import type { SigningKey } from '../../../main/certificate/keys'
import { cleanupTempDirs, issueSample, pdfText, tempDir, tool, writePdf } from './helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

let key: SigningKey
let fonts: CertificateFonts
beforeAll(async () => {
  key = await loadOrCreateSigningKey(tempDir())
  fonts = await loadCertificateFonts()
})
afterAll(cleanupTempDirs)

const NAMES = ['Ada Okafor', 'Zoë Łukasiewicz-Núñez', '李小龍']
const PAGES = [
  { pageSize: 'A4', width: 841.89, height: 595.28 },
  { pageSize: 'Letter', width: 792, height: 612 }
] as const

async function render(fullName: string, pageSize: 'A4' | 'Letter', extra = {}) {
  return issueSample(
    key,
    fonts,
    { learner: { fullName, credentials: 'PharmD' }, ...extra },
    pageSize
  )
}

/** Collapses pdftotext's layout whitespace so multi-word values can be searched for. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

describe.each(PAGES)('certificate PDF on $pageSize', ({ pageSize, width, height }) => {
  it.each(NAMES)('passes qpdf --check and reads back as text for %s', async (name) => {
    const { signed, pdf } = await render(name, pageSize)
    const check = tool('qpdf', ['--check', writePdf(pdf)])
    expect(check.status, check.stdout + check.stderr).toBe(0)
    expect(check.stdout).toMatch(/No syntax or stream encoding errors/)

    const text = flat(pdfText(pdf))
    expect(text).toContain(name)
    expect(text).toContain('Certificate of Completion')
    expect(text).toContain('86.7%')
    expect(text).toContain('75%')
    expect(text).toContain(signed.fields.certificateId)
    expect(text).toContain(signed.fields.verificationCode)
    expect(text).toContain(signed.fields.keyFingerprint)
    expect(text).toContain(rlsCausesCourse.title)
    expect(text).toContain('2026.1')
    expect(text).toContain('Completed 12 March 2026 (as recorded by this computer)')
    expect(text).toContain('ISSUED (THIS COMPUTER)')
    expect(text).toMatch(/SUSPENSIONS \(TOTAL\).*None/)
    expect(text).toContain('26 of 30 correct')
    expect(text).toContain('38 min 10 s')
    expect(text).toContain('0.75 hours')
    expect(text).toContain(flat(HONESTY_STATEMENT))
    expect(text).not.toContain(FORBIDDEN_PHRASE)
    expect(Buffer.from(pdf).toString('latin1')).not.toContain(FORBIDDEN_PHRASE)
    expect(pdf.length).toBeLessThanOrEqual(200 * 1024)
  })

  it('names an extended-time accommodation beside the time used, and only then', async () => {
    const standard = flat(pdfText((await render('Ada Okafor', pageSize)).pdf))
    expect(standard).not.toMatch(/× ?1\.5 time|×2 time/)
    const extended = await render('Ada Okafor', pageSize, { timeAccommodation: 1.5 })
    expect(flat(pdfText(extended.pdf))).toContain('38 min 10 s (×1.5 time)')
    expect(extended.signed.fields.timeAccommodation).toBe(1.5)
  })

  it('is a single landscape page with embedded, subset fonts that render cleanly', async () => {
    const { pdf } = await render('李小龍 Zoë Łukasiewicz', pageSize)
    const doc = await PDFDocument.load(pdf)
    expect(doc.getPageCount()).toBe(1)
    const size = doc.getPage(0).getSize()
    expect(size.width).toBeCloseTo(width, 1)
    expect(size.height).toBeCloseTo(height, 1)
    const file = writePdf(pdf)
    const fontsList = tool('pdffonts', [file]).stdout
    const rows = fontsList.split('\n').slice(2).filter(Boolean)
    expect(rows.length).toBeGreaterThanOrEqual(5) // 4 serif faces + the CJK fallback
    for (const row of rows) {
      // Embedded, named as a subset (fixed "RLSCAx+" tags keep the page digest stable), with a
      // ToUnicode map; the size check below is what proves subsetting.
      expect(row).toMatch(/^RLSCA[A-F]\+/)
      expect(row).toMatch(/\byes\s+yes\s+yes\b/)
    }
    expect(pdf.length).toBeLessThan(200 * 1024) // the CJK face alone is 8 MB
    // poppler complains ("Embedded font file may be invalid") if a font subset is broken.
    const raster = tool('pdftoppm', ['-png', '-r', '30', file, `${file}-page`])
    expect(raster.status).toBe(0)
    expect(raster.stderr).toBe('')
  })
})

describe('certificate content', () => {
  it('embeds the CJK face only when a text needs it', async () => {
    const latin = tool('pdffonts', [writePdf((await render('Ada Okafor', 'A4')).pdf)]).stdout
    const cjk = tool('pdffonts', [writePdf((await render('李小龍', 'A4')).pdf)]).stdout
    expect(latin).not.toMatch(/NotoSansSC/)
    expect(cjk).toMatch(/NotoSansSC/)
  })

  it('tells the UI in advance which characters cannot be printed', async () => {
    expect(await unprintableCharacters('Zoë Łukasiewicz-Núñez 李小龍 ひらがな')).toEqual([])
    expect(await unprintableCharacters('김민준 Kim')).toEqual(['김', '민', '준'])
  })

  it('draws a character no font has as "?" instead of failing or leaving a blank', async () => {
    const { pdf } = await render('김민준 Kim', 'A4')
    expect(flat(pdfText(pdf))).toContain('??? Kim')
  })

  it('shows suspensions neutrally (count and total) and keeps a long objective list on the page', async () => {
    const objectives = Array.from(
      { length: 14 },
      (_, i) => `Objective ${i + 1}: recognise a cause of restless legs syndrome and act on it.`
    )
    const suspensions = { count: 2, totalSeconds: 250 }
    const { pdf } = await render('Ada Okafor', 'Letter', { suspensions, objectives })
    const text = flat(pdfText(pdf))
    expect(text).toContain('2 (4 min 10 s)')
    expect(text).not.toMatch(/Suspended:? Yes|SUSPENDED/)
    expect(text).toContain('Objective 1:')
    expect(text).toMatch(/Objective 14:|more \(in the signed certificate data\)/)
    expect(tool('qpdf', ['--check', writePdf(pdf)]).status).toBe(0)
  })
})
