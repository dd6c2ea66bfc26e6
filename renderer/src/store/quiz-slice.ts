// The quiz in progress. Main owns the attempt: every action sends an intent with the step the page
// last saw and replaces the local view with main's answer. The page only displays time; it
// re-syncs with main's clock on every heartbeat.
import type {
  Api,
  ApiErrorBody,
  QuizSetup,
  Result,
  ReviewItemHistory,
  SearchHit,
  UnfinishedAttempt
} from '../../../preload/contract'
import type { Confidence, PlayerView, ReviewView } from '../../../questions/engine'
import type { OptionId } from '../../../questions/item'
import type { SliceCreator } from './types'

export interface QuizSlice {
  player: PlayerView | null
  /** performance.now() when `player.timing` arrived, to count down between heartbeats. */
  playerSyncedAt: number
  resumable: PlayerView | null
  /** Every attempt not yet submitted, so Home never hides a suspended exam behind a newer quiz. */
  unfinished: UnfinishedAttempt[]
  /** Last quiz settings, so "New quiz" starts where the learner left off. */
  lastSetup: QuizSetup | null
  /** The submitted attempt shown by the results and review screens. */
  review: ReviewView | null
  /** Time per item and each item's concept history, for `review` (null while loading). */
  reviewHistory: ReviewItemHistory[] | null
  loadReview(attemptId: string): Promise<void>
  /** Saves the note on an item of the reviewed attempt; true once main has it. */
  saveNote(attemptId: string, itemIndex: number, text: string): Promise<boolean>
  searchReviewed(query: string): Promise<SearchHit[] | null>
  loadResumable(): Promise<void>
  startQuiz(setup: QuizSetup): Promise<void>
  startReviewQuiz(itemCount: number): Promise<void>
  resume(attemptId: string): Promise<void>
  answer(optionId: OptionId, confidence?: Confidence): Promise<void>
  flag(flagged: boolean): Promise<void>
  strike(optionId: OptionId, struck: boolean): Promise<void>
  goTo(itemIndex: number): Promise<void>
  heartbeat(): Promise<void>
  suspend(): Promise<void>
  submit(): Promise<void>
}

export const createQuizSlice =
  (api: Api): SliceCreator<QuizSlice> =>
  (set, get) => {
    /** Applies main's answer: a new view, or an error (a stale view is simply refreshed). */
    const accept = async (result: Result<PlayerView>): Promise<boolean> => {
      if (result.ok) {
        // Requests run concurrently (a heartbeat may be in flight while an answer is sent), so an
        // older view can arrive after a newer one; steps only grow, so it is simply dropped.
        const current = get().player
        if (
          current &&
          current.attemptId === result.value.attemptId &&
          result.value.step < current.step
        ) {
          return true
        }
        set({ player: result.value, playerSyncedAt: performance.now() })
        if (result.value.status === 'submitted') {
          set({ route: { name: 'results', attemptId: result.value.attemptId }, resumable: null })
          void get().loadResumable()
        } else if (result.value.status === 'suspended') {
          set({ route: { name: 'home' }, player: null })
          await get().loadResumable()
        }
        return true
      }
      await handleError(result.error)
      return false
    }
    const handleError = async (error: ApiErrorBody): Promise<void> => {
      const current = get().player
      if (current && (error.code === 'STALE_STEP' || error.code === 'TIME_EXPIRED')) {
        const fresh = await api['quiz:get']({ attemptId: current.attemptId })
        if (fresh.ok) await accept(fresh)
      }
      if (error.code !== 'STALE_STEP') set({ error })
    }
    // Quiz actions go to main one at a time, each built from the view the previous one returned.
    // Over HTTP two quick clicks could otherwise travel on different connections and arrive in
    // the opposite order, leaving main with the earlier click.
    let queue: Promise<void> = Promise.resolve()
    const withPlayer = (
      run: (player: PlayerView) => Promise<Result<PlayerView>>
    ): Promise<void> => {
      const next = queue.then(async () => {
        const player = get().player
        if (!player) return
        await accept(await run(player))
      })
      queue = next.catch(() => undefined)
      return next
    }

    return {
      player: null,
      playerSyncedAt: 0,
      resumable: null,
      unfinished: [],
      lastSetup: null,
      review: null,
      reviewHistory: null,
      async loadReview(attemptId) {
        if (get().review?.summary.id === attemptId) return
        set({ review: null, reviewHistory: null })
        const [result, history] = await Promise.all([
          api['quiz:review']({ attemptId }),
          api['progress:itemHistory']({ attemptId })
        ])
        if (result.ok) set({ review: result.value })
        else set({ error: result.error })
        // The history is extra: the review stands without it.
        if (history.ok) set({ reviewHistory: history.value })
      },
      async saveNote(attemptId, itemIndex, text) {
        const result = await api['notes:save']({ attemptId, itemIndex, text })
        if (!result.ok) {
          set({ error: result.error })
          return false
        }
        const history = get().reviewHistory
        if (history && get().review?.summary.id === attemptId && history[itemIndex]) {
          const next = [...history]
          next[itemIndex] = { ...history[itemIndex], note: result.value.text || null }
          set({ reviewHistory: next })
        }
        return true
      },
      async searchReviewed(query) {
        const result = await api['notes:search']({ query })
        if (result.ok) return result.value
        set({ error: result.error })
        return null
      },
      async loadResumable() {
        const [result, open] = await Promise.all([
          api['quiz:resumable']({}),
          api['quiz:unfinished']({})
        ])
        if (result.ok) set({ resumable: result.value })
        if (open.ok) set({ unfinished: open.value })
      },
      async startQuiz(setup) {
        set({ lastSetup: setup })
        const result = await api['quiz:start'](setup)
        if (await accept(result)) set({ route: { name: 'player' } })
      },
      async startReviewQuiz(itemCount) {
        const result = await api['quiz:startReview']({ itemCount })
        if (await accept(result)) set({ route: { name: 'player' } })
      },
      async resume(attemptId) {
        const result = await api['quiz:resume']({ attemptId })
        if (await accept(result)) set({ route: { name: 'player' }, resumable: null })
      },
      answer: (optionId, confidence) =>
        withPlayer((p) =>
          api['quiz:answer']({
            attemptId: p.attemptId,
            step: p.step,
            itemIndex: p.currentIndex,
            optionId,
            ...(confidence ? { confidence } : {})
          })
        ),
      flag: (flagged) =>
        withPlayer((p) =>
          api['quiz:flag']({
            attemptId: p.attemptId,
            step: p.step,
            itemIndex: p.currentIndex,
            flagged
          })
        ),
      strike: (optionId, struck) =>
        withPlayer((p) =>
          api['quiz:strike']({
            attemptId: p.attemptId,
            step: p.step,
            itemIndex: p.currentIndex,
            optionId,
            struck
          })
        ),
      goTo: (itemIndex) =>
        withPlayer((p) => api['quiz:visit']({ attemptId: p.attemptId, step: p.step, itemIndex })),
      heartbeat: () => withPlayer((p) => api['quiz:heartbeat']({ attemptId: p.attemptId })),
      suspend: () => withPlayer((p) => api['quiz:suspend']({ attemptId: p.attemptId })),
      submit: () => withPlayer((p) => api['quiz:submit']({ attemptId: p.attemptId, step: p.step }))
    }
  }
