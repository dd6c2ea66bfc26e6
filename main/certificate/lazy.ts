// The heavy half of certificates (pdf-lib, fontkit, qrcode: together most of main's start-up
// import time) loaded on first use rather than at start-up, so the browser edition prints READY
// and the Electron window opens sooner (issue #8). The light half — fields, keys, signing — is
// imported directly from its own modules; only these entry points go through here.
type Heavy = typeof import('./index')

let loading: Promise<Heavy> | undefined
// A failed load is not kept: the next use tries again instead of failing for the rest of the
// process (a test worker that tore down its module environment mid-import saw every later
// certificate call fail with INTERNAL).
const heavy = (): Promise<Heavy> =>
  (loading ??= import('./index').catch((error: unknown) => {
    loading = undefined
    throw error
  }))

export const issueCertificate: Heavy['issueCertificate'] = async (...args) =>
  (await heavy()).issueCertificate(...args)

export const renderCertificatePdf: Heavy['renderCertificatePdf'] = async (...args) =>
  (await heavy()).renderCertificatePdf(...args)

export const verifyCertificatePdf: Heavy['verifyCertificatePdf'] = async (...args) =>
  (await heavy()).verifyCertificatePdf(...args)

export const loadCertificateFonts: Heavy['loadCertificateFonts'] = async (...args) =>
  (await heavy()).loadCertificateFonts(...args)

export const unprintableCharacters: Heavy['unprintableCharacters'] = async (...args) =>
  (await heavy()).unprintableCharacters(...args)
