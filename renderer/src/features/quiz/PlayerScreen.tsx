// The exam player. Main owns the attempt: every action is sent as an intent and the screen shows
// main's answer. Local state is only what main has not been told yet (a tutor-mode choice before
// "Submit answer", a confidence rating given before an answer) and which panel is showing.
import { useCallback, useState, type ReactElement } from 'react'
import type { Confidence } from '../../../../questions/engine'
import type { OptionId } from '../../../../questions/item'
import { useAppStore } from '../../store'
import { confidenceGroupId } from './ConfidenceGroup'
import { ItemPanel } from './ItemPanel'
import { LabValuesDialog } from './LabValuesDialog'
import { Navigator } from './Navigator'
import { PreSubmitReview } from './PreSubmitReview'
import { QuizBar } from './QuizBar'
import { ShortcutsDialog, SubmitDialog } from './QuizDialogs'
import { remainingAt, timeLeftSentence } from './timing'
import { useAnnouncer } from './useAnnouncer'
import { useHeartbeat } from './useHeartbeat'
import { usePlayerKeys } from './usePlayerKeys'
import './quiz.css'

export function PlayerScreen(): ReactElement {
  const player = useAppStore((s) => s.player)
  const syncedAt = useAppStore((s) => s.playerSyncedAt)
  const answer = useAppStore((s) => s.answer)
  const flag = useAppStore((s) => s.flag)
  const strike = useAppStore((s) => s.strike)
  const goTo = useAppStore((s) => s.goTo)
  const heartbeat = useAppStore((s) => s.heartbeat)
  const suspend = useAppStore((s) => s.suspend)
  const submit = useAppStore((s) => s.submit)
  const navigate = useAppStore((s) => s.navigate)
  const [view, setView] = useState<'item' | 'review'>('item')
  const [drafts, setDrafts] = useState<Record<number, OptionId>>({})
  const [confDrafts, setConfDrafts] = useState<Record<number, Confidence>>({})
  const [confidenceMissing, setConfidenceMissing] = useState(false)
  const [dialog, setDialog] = useState<'shortcuts' | 'labs' | 'submit' | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const announcer = useAnnouncer()
  const beat = useCallback(() => void heartbeat(), [heartbeat])
  useHeartbeat(player?.status === 'active', beat)
  const graceMs = player?.timing.graceMs ?? 2000
  // Main submits at the limit plus its grace period; ask for the result just after that.
  const onZero = useCallback(() => window.setTimeout(beat, graceMs + 300), [beat, graceMs])

  const index = player?.currentIndex ?? 0
  const item = player?.items[index]
  const response = player?.responses[index]
  const tutor = player?.config.mode === 'tutor'
  const askConfidence = player?.config.confidence ?? false
  const onItem = view === 'item' && item !== undefined && !item.revealed
  const selected =
    item && response
      ? tutor && !item.revealed
        ? (drafts[index] ?? null)
        : response.optionId
      : null
  const confidence = response?.confidence ?? confDrafts[index] ?? null

  const go = (target: number): void => {
    setView('item')
    setConfidenceMissing(false)
    if (player && target !== player.currentIndex && target >= 0 && target < player.items.length) {
      void goTo(target)
    }
  }
  const next = (): void =>
    player && index >= player.items.length - 1 ? setView('review') : go(index + 1)
  const select = (id: OptionId): void => {
    if (!item || item.revealed) return
    if (tutor) setDrafts((d) => ({ ...d, [index]: id }))
    else void answer(id, confDrafts[index] ?? response?.confidence ?? undefined)
  }
  const setConfidence = (value: Confidence): void => {
    setConfidenceMissing(false)
    setConfDrafts((d) => ({ ...d, [index]: value }))
    if (!tutor && response?.optionId) void answer(response.optionId, value)
  }
  const submitAnswer = (): void => {
    const choice = drafts[index]
    if (!tutor || !choice || item?.revealed) return
    const conf = confDrafts[index]
    if (askConfidence && !conf) {
      setConfidenceMissing(true)
      // The rating may be below the fold: bring it into view and put focus on it, so Enter
      // visibly does something and the arrow keys (or S / U / G) can answer it at once.
      const group = document.getElementById(confidenceGroupId(index))
      group?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus()
      group?.scrollIntoView({ block: 'nearest' })
      return
    }
    void answer(choice, conf)
  }
  const toggleFlag = (): void => {
    if (!response) return
    void flag(!response.flagged)
    announcer.polite(`Item ${index + 1} ${response.flagged ? 'unflagged' : 'flagged'}.`)
  }
  const toggleStrike = (id: OptionId, on: boolean): void => {
    // A struck-out option cannot stay chosen: main withdraws a timed answer, and a tutor-mode
    // choice not yet submitted is dropped here.
    const deselect = on && selected === id
    if (deselect && tutor) {
      setDrafts((d) => {
        const { [index]: _dropped, ...rest } = d
        return rest
      })
    }
    void strike(id, on)
    announcer.polite(
      `Option ${id} ${on ? 'struck out' : 'restored'}${deselect ? ' and no longer chosen' : ''}.`
    )
  }

  usePlayerKeys({
    select: onItem ? (n) => item.options[n] && select(item.options[n].id) : undefined,
    flag: view === 'item' ? toggleFlag : undefined,
    strike: onItem
      ? (id) =>
          id
            ? toggleStrike(id, !response?.struck.includes(id))
            : announcer.polite('Move focus to an option, then press X to strike it out.')
      : undefined,
    prev: view === 'item' ? () => go(index - 1) : undefined,
    next: view === 'item' ? next : undefined,
    confirm:
      view === 'item' ? () => (tutor && !item?.revealed ? submitAnswer() : next()) : undefined,
    confidence: onItem && askConfidence ? setConfidence : undefined,
    shortcuts: () => setDialog('shortcuts'),
    labs: () => setDialog('labs'),
    time: () => {
      if (player)
        announcer.polite(timeLeftSentence(remainingAt(player.timing, syncedAt, performance.now())))
    }
  })

  if (!player || !item || !response) {
    return (
      <div className="page page-narrow">
        <div className="card stack">
          <h1>No quiz in progress</h1>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => navigate({ name: 'home' })}
          >
            Go to Home
          </button>
        </div>
      </div>
    )
  }
  const unanswered = player.responses.filter((r) => r.optionId === null).length

  return (
    <div className="player">
      <QuizBar
        player={player}
        syncedAt={syncedAt}
        announce={announcer.assertive}
        onZero={onZero}
        onShortcuts={() => setDialog('shortcuts')}
        onLabs={() => setDialog('labs')}
        onSuspend={() => void suspend()}
      />
      <div className="player-body">
        <div className="player-main">
          {view === 'review' ? (
            <PreSubmitReview
              player={player}
              onGo={go}
              onBack={() => setView('item')}
              onSubmit={() => setDialog('submit')}
            />
          ) : (
            <ItemPanel
              item={item}
              total={player.items.length}
              response={response}
              tutor={tutor}
              askConfidence={askConfidence}
              selected={selected}
              confidence={confidence}
              confidenceMissing={confidenceMissing}
              onSelect={select}
              onStrike={toggleStrike}
              onConfidence={setConfidence}
              onFlag={toggleFlag}
              onSubmitAnswer={submitAnswer}
              onPrev={() => go(index - 1)}
              onNext={next}
            />
          )}
        </div>
        <aside className="player-side" aria-label="Quiz navigation">
          <Navigator
            player={player}
            current={view === 'item' ? index : null}
            onGo={go}
            onReview={() => setView('review')}
            reviewing={view === 'review'}
          />
        </aside>
      </div>
      {announcer.regions}
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
      <LabValuesDialog
        open={dialog === 'labs'}
        onClose={() => setDialog(null)}
        exam={player.config.exam !== undefined}
      />
      <SubmitDialog
        open={dialog === 'submit'}
        unanswered={unanswered}
        busy={submitting}
        onCancel={() => setDialog(null)}
        onConfirm={async () => {
          setSubmitting(true)
          await submit()
          setSubmitting(false)
          setDialog(null)
        }}
      />
    </div>
  )
}
