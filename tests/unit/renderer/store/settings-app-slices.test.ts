// The settings and app slices against the typed fake API: display settings apply to the page at
// once and survive a failed save, a late answer never undoes a newer change, profile errors go
// to the form, and references open where main says it cannot open them itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Api, ApiErrorBody, Result, SettingsView } from '../../../../preload/contract'
import { createAppStore } from '../../../../renderer/src/store'
import { createFakeApi } from './fake-api'

/** Just what applyDisplaySettings touches: the root element's dataset and style. */
interface FakeDocument {
  documentElement: { dataset: Record<string, string>; style: { fontSize?: string } }
  defaultView: null
}
let doc: FakeDocument
let opened: { url: string; target: string; features: string }[]

beforeEach(() => {
  doc = { documentElement: { dataset: {}, style: {} }, defaultView: null }
  opened = []
  vi.stubGlobal('document', doc)
  vi.stubGlobal('window', {
    open: (url: string, target: string, features: string) =>
      void opened.push({ url, target, features })
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const failure: ApiErrorBody = { code: 'STORE_FAILED', message: 'The change could not be saved.' }

describe('settings slice', () => {
  it('loads settings and profile and applies the display settings to the page', async () => {
    const fake = createFakeApi()
    fake.settings.theme = 'dark'
    fake.settings.textScale = 150
    const store = createAppStore(fake.api)
    await store.getState().loadSettings()
    expect(store.getState().settings?.theme).toBe('dark')
    expect(store.getState().profile?.complete).toBe(false)
    expect(doc.documentElement.dataset.theme).toBe('dark')
    expect(doc.documentElement.dataset.textSize).toBe('large')
    expect(doc.documentElement.style.fontSize).toBe('150%')
  })

  it('applies a display change at once and keeps it, with the error, when saving fails', async () => {
    const fake = createFakeApi()
    const store = createAppStore(fake.api)
    await store.getState().loadSettings()
    fake.fail('settings:save', failure)
    await store.getState().saveDisplay({ theme: 'high-contrast' })
    expect(doc.documentElement.dataset.theme).toBe('high-contrast')
    expect(store.getState().settings?.theme).toBe('high-contrast')
    expect(store.getState().error).toEqual(failure)
    expect(fake.settings.theme).toBe('system') // main did not take it
  })

  it('lets only the latest of two quick changes set what is shown', async () => {
    const fake = createFakeApi()
    // Main answers the first save only after the second: the late answer must not win.
    const answers: (() => void)[] = []
    const save = fake.api['settings:save']
    const api: Api = {
      ...fake.api,
      'settings:save': (change) =>
        new Promise<Result<SettingsView>>((resolve) => {
          answers.push(() => void save(change).then(resolve))
        })
    }
    const store = createAppStore(api)
    await store.getState().loadSettings()
    const first = store.getState().saveDisplay({ textScale: 120 })
    const second = store.getState().saveDisplay({ textScale: 180 })
    answers[1]?.()
    await second
    answers[0]?.()
    await first
    expect(store.getState().settings?.textScale).toBe(180)
    expect(doc.documentElement.style.fontSize).toBe('180%')
  })

  it('a load that read the settings before a display change does not undo the change', async () => {
    // The settings screen reloads settings when it opens; a learner who picks a theme before that
    // load answers must keep the choice on screen (e2e: "Clicking the radio did not change").
    const fake = createFakeApi()
    let answerGet: (() => void) | null = null
    const api: Api = {
      ...fake.api,
      'settings:get': () => {
        const read: SettingsView = { ...fake.settings } // as they are now: theme "system"
        return new Promise<Result<SettingsView>>((resolve) => {
          answerGet = () => resolve({ ok: true, value: read })
        })
      }
    }
    const store = createAppStore(api)
    store.setState({ settings: { ...fake.settings } })
    const load = store.getState().loadSettings()
    await store.getState().saveDisplay({ theme: 'dark' })
    answerGet!()
    await load
    expect(store.getState().settings?.theme).toBe('dark')
    expect(doc.documentElement.dataset.theme).toBe('dark')
    expect(store.getState().profile).not.toBeNull()
  })

  it('saves the profile, or hands main’s message to the form without a page error', async () => {
    const fake = createFakeApi()
    const store = createAppStore(fake.api)
    fake.fail('profile:save', { code: 'INVALID_ARGS', message: 'fullName: Enter your full name.' })
    const refused = await store.getState().saveProfile({ fullName: '', credentials: 'MD' })
    expect(refused).toEqual({ ok: false, message: 'fullName: Enter your full name.' })
    expect(store.getState().error).toBeNull()
    const saved = await store.getState().saveProfile({ fullName: 'Ada Byron', credentials: 'MD' })
    expect(saved).toEqual({ ok: true })
    expect(store.getState().profile?.fullName).toBe('Ada Byron')
    expect(store.getState().profile?.complete).toBe(true)
  })
})

describe('app slice', () => {
  it('loads what main says about the installation, or shows why it could not', async () => {
    const fake = createFakeApi()
    const store = createAppStore(fake.api)
    await store.getState().loadInfo()
    expect(store.getState().info?.edition).toBe('browser')
    const broken = createFakeApi()
    broken.fail('app:info', failure)
    const other = createAppStore(broken.api)
    await other.getState().loadInfo()
    expect(other.getState().info).toBeNull()
    expect(other.getState().error).toEqual(failure)
  })

  it('opens a reference in a new tab only where main cannot open it (browser edition)', async () => {
    const store = createAppStore(createFakeApi('browser').api)
    await store.getState().openReference('https://example.org/paper')
    expect(opened).toEqual([
      { url: 'https://example.org/paper', target: '_blank', features: 'noopener,noreferrer' }
    ])
  })

  it('leaves the link to main in Electron, and opens nothing main refused', async () => {
    const fake = createFakeApi('electron')
    const store = createAppStore(fake.api)
    await store.getState().openReference('https://example.org/paper')
    expect(fake.calls).toEqual([
      { channel: 'app:openExternal', args: { url: 'https://example.org/paper' } }
    ])
    const browser = createAppStore(createFakeApi('browser').api)
    await browser.getState().openReference('javascript:alert(1)')
    expect(opened).toEqual([])
    expect(browser.getState().error?.code).toBe('NOT_ALLOWED')
  })

  it('clears the error when the learner moves to another screen', async () => {
    const fake = createFakeApi()
    const store = createAppStore(fake.api)
    store.getState().showError(failure)
    store.getState().navigate({ name: 'history' })
    expect(store.getState().error).toBeNull()
    expect(store.getState().route).toEqual({ name: 'history' })
  })
})
