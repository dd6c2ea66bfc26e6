// A real modal dialog on the native <dialog>: showModal() makes the rest of the page inert and
// closes on Escape; we add a Tab wrap (so focus never leaves for the browser chrome) and give
// focus back to whatever had it before the dialog opened.
import { useEffect, useRef, type KeyboardEvent, type ReactElement, type ReactNode } from 'react'
import './components.css'

interface ModalProps {
  open: boolean
  onClose(): void
  /** id of the dialog's heading, which names it. */
  labelledBy: string
  describedBy?: string
  className?: string
  children: ReactNode
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])'

export function Modal(props: ModalProps): ReactElement {
  const { open, onClose, labelledBy, describedBy, className, children } = props
  const ref = useRef<HTMLDialogElement>(null)
  const restoreTo = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      restoreTo.current = document.activeElement as HTMLElement | null
      dialog.showModal()
      const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? null
      first?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  // If the screen goes away with the dialog open, focus still goes back where it was.
  useEffect(() => () => restoreTo.current?.focus(), [])

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab' || !ref.current) return
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    if (items.length === 0) return
    const first = items[0]!
    const last = items[items.length - 1]!
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onClose={() => {
        onClose()
        const target = restoreTo.current
        restoreTo.current = null
        // After React has re-rendered, in case the closing action changed the page — but only if
        // focus is still lost (on the body or in the closed dialog): a late restore must never
        // take focus from where the learner has put it since (a flake on a loaded CI machine).
        requestAnimationFrame(() => {
          const active = document.activeElement
          const lost = !active || active === document.body || !!ref.current?.contains(active)
          if (lost && target?.isConnected) target.focus()
        })
      }}
    >
      {open && children}
    </dialog>
  )
}
