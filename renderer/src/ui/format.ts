// Formatting shared by every screen, so times and dates read the same everywhere.

/** 83_000 → "1:23"; 3_723_000 → "1:02:03". */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m)
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

/** 83_000 → "1 min 23 s"; for screen readers and summaries. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', !h && s ? `${s} s` : ''].filter(Boolean)
  return parts.length ? parts.join(' ') : '0 s'
}

// One date format everywhere, in US English whatever the system locale: "Dec 1, 2026", and with
// the time "Dec 1, 2026, 9:36 AM". A fixed locale keeps screens, tests and screenshots alike.
const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' }
const dateFormat = new Intl.DateTimeFormat('en-US', DATE)
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  ...DATE,
  hour: 'numeric',
  minute: '2-digit'
})

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—'
  return dateFormat.format(new Date(iso))
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  return dateTimeFormat.format(new Date(iso))
}
