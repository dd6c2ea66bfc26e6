// The player's keyboard shortcuts (issue #4 §2). They never fire while typing in a text field,
// while a dialog is open, or with a modifier held (so browser and screen-reader keys still work).
import { useEffect, useRef } from 'react'
import type { Confidence } from '../../../../questions/engine'
import type { OptionId } from '../../../../questions/item'
import { CONFIDENCE_KEYS } from './ConfidenceGroup'

export interface PlayerKeyHandlers {
  select?(index: number): void
  flag?(): void
  strike?(optionId: OptionId | null): void
  prev?(): void
  next?(): void
  confirm?(): void
  /** S, U or G: sure, unsure, guess (only when the quiz asks for confidence). */
  confidence?(value: Confidence): void
  shortcuts(): void
  time(): void
  /** L: the lab-values reference panel. */
  labs(): void
}

const LETTERS = ['a', 'b', 'c', 'd', 'e']

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement)
    return target.type !== 'radio' && target.type !== 'checkbox'
  return false
}

/** Enter on a button or link activates it; only elsewhere does it mean "confirm". */
function ownsEnter(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, summary') !== null
}

function focusedOption(target: EventTarget | null): OptionId | null {
  if (!(target instanceof HTMLElement)) return null
  return (target.closest('[data-option]')?.getAttribute('data-option') as OptionId | null) ?? null
}

const isArrow = (key: string): boolean => key === 'ArrowLeft' || key === 'ArrowRight'

/** The confidence row is laid out horizontally, so ←/→ keep their native radio meaning there. */
function inNativeArrowGroup(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.confidence-group') !== null
}

export function usePlayerKeys(handlers: PlayerKeyHandlers): void {
  // Read through a ref so the listener is attached once and always sees the latest handlers.
  const ref = useRef(handlers)
  ref.current = handlers
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return
      const h = ref.current
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
      const letter = LETTERS.indexOf(key)
      const digit = ['1', '2', '3', '4', '5'].indexOf(key)
      let handled = true
      if (letter >= 0 && h.select) h.select(letter)
      else if (digit >= 0 && h.select) h.select(digit)
      else if (key === 'f' && h.flag) h.flag()
      else if (key === 'x' && h.strike) h.strike(focusedOption(e.target))
      else if (CONFIDENCE_KEYS[key] && h.confidence) h.confidence(CONFIDENCE_KEYS[key])
      else if (isArrow(key) && inNativeArrowGroup(e.target)) handled = false
      else if (key === 'ArrowLeft' && h.prev) h.prev()
      else if (key === 'ArrowRight' && h.next) h.next()
      else if (key === 'Enter' && h.confirm && !ownsEnter(e.target)) h.confirm()
      else if (key === '?') h.shortcuts()
      else if (key === 't') h.time()
      else if (key === 'l') h.labs()
      else handled = false
      // Arrow keys would otherwise also move the native radio selection.
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
