// How numbers and dates read on the certificate. Dates are written with the month as a word
// ("12 March 2026") so the same PDF reads unambiguously in the US and elsewhere.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/** "2026-03-12" or an ISO timestamp → "12 March 2026" (the calendar date as written, no TZ shift). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`
}

export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`
}

/** Time used, with the accommodation named when the exam had extended time ("×1.5 time"). */
export function formatTimeUsed(totalSeconds: number, accommodation: 1 | 1.5 | 2): string {
  const used = formatDuration(totalSeconds)
  return accommodation === 1 ? used : `${used} (×${accommodation} time)`
}

export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(s / 3600)
  const min = Math.floor((s % 3600) / 60)
  const sec = s % 60
  if (h > 0) return `${h} h ${String(min).padStart(2, '0')} min`
  if (min > 0) return sec ? `${min} min ${sec} s` : `${min} min`
  return `${sec} s`
}

export function formatHours(hours: number): string {
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`
}

/** Neutral: how many pauses and their total time ("None", "1 (4 min)", "2 (1 h 05 min)"). */
export function formatSuspensions(s: { count: number; totalSeconds: number }): string {
  return s.count === 0 ? 'None' : `${s.count} (${formatDuration(s.totalSeconds)})`
}
