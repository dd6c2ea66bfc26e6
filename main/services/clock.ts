// The attempt service's only sources of time. Tests inject a fake; production uses the wall clock
// for timestamps shown to people and performance.now() (monotonic) for measuring active time,
// because the wall clock can jump when the learner or NTP changes it.
export interface Clock {
  /** Milliseconds since the epoch; for `at` timestamps only, never for durations. */
  wallMs(): number
  /** Monotonic milliseconds from an arbitrary origin that resets when the process restarts. */
  monoMs(): number
}

export const systemClock: Clock = {
  wallMs: () => Date.now(),
  monoMs: () => performance.now()
}
