// notes:* — the learner's own note on an item, kept in casebook.json (so backups carry it) under
// the item's stable id, and a search over every reviewed item and note. The page names an item
// by attempt and position, never by id: main resolves it, and only for submitted attempts, whose
// items the page may already see in full.
import type { AttemptRecord } from '../../questions/engine'
import { foldAttempt } from '../../questions/engine'
import { stemText } from '../../questions/exhibits'
import type { NoteView, SearchHit } from '../../preload/contract'
import { ServiceError } from './service-error'
import type { DataStore } from '../store/data-store'
import type { Clock } from './clock'
import { readAllAttempts } from './exports'

const EXCERPT = 160

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 40)
  const slice = text
    .slice(start, start + EXCERPT)
    .replace(/\s+/g, ' ')
    .trim()
  return `${start > 0 ? '…' : ''}${slice}${start + EXCERPT < text.length ? '…' : ''}`
}

export function createNotesService(deps: { store: DataStore<AttemptRecord>; clock: Clock }) {
  const { store, clock } = deps

  async function itemIdOf(attemptId: string, itemIndex: number): Promise<string> {
    const record = await store.attempts.read(attemptId).catch(() => null)
    const state = record ? foldAttempt(record) : null
    const item = state?.status === 'submitted' ? state.items[itemIndex] : undefined
    if (!item)
      throw new ServiceError('NOT_FOUND', 'Notes can be kept on items of submitted quizzes.')
    return item.id
  }

  return {
    /** Saves (or, with empty text, removes) the note on an item; returns it as stored. */
    async save(attemptId: string, itemIndex: number, text: string): Promise<NoteView> {
      const itemId = await itemIdOf(attemptId, itemIndex)
      const updatedAt = new Date(clock.wallMs()).toISOString()
      const trimmed = text.trim()
      await store.update((draft) => {
        if (trimmed) draft.notes[itemId] = { text: trimmed, updatedAt }
        else delete draft.notes[itemId]
      })
      return { attemptId, itemIndex, text: trimmed, updatedAt: trimmed ? updatedAt : null }
    },

    /** The notes on each item of a submitted attempt, by position (null where there is none). */
    async forAttempt(attemptId: string): Promise<(string | null)[]> {
      const record = await store.attempts.read(attemptId).catch(() => null)
      const state = record ? foldAttempt(record) : null
      if (!state || state.status !== 'submitted') return []
      const notes = store.data().notes
      return state.items.map((item) => notes[item.id]?.text ?? null)
    },

    /** Submitted items whose vignette, question, explanation or note contains every word. */
    async search(query: string): Promise<SearchHit[]> {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean)
      if (words.length === 0) return []
      const notes = store.data().notes
      const hits: SearchHit[] = []
      for (const record of await readAllAttempts(store)) {
        const state = foldAttempt(record)
        if (state.status !== 'submitted') continue
        state.items.forEach((item, itemIndex) => {
          const note = notes[item.id]?.text ?? null
          const text = [stemText(item), item.question, item.explanation, note ?? ''].join('\n')
          const lower = text.toLowerCase()
          if (!words.every((w) => lower.includes(w))) return
          const inNote = note !== null && words.some((w) => note.toLowerCase().includes(w))
          const source = inNote ? note : text
          hits.push({
            attemptId: state.id,
            itemIndex,
            submittedAt: state.submittedAt ?? '',
            question: item.question,
            excerpt: excerpt(source, source.toLowerCase().indexOf(words[0]!)),
            note,
            correct:
              state.responses[itemIndex]?.optionId != null &&
              item.options.some((o) => o.correct && o.id === state.responses[itemIndex]?.optionId)
          })
        })
      }
      // Newest quiz first; at most 50, so a common word stays readable.
      return hits.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)).slice(0, 50)
    }
  }
}

export type NotesService = ReturnType<typeof createNotesService>
