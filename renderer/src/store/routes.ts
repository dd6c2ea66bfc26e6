// Screens are plain data, so navigation is testable and needs no router library.
export type Route =
  | { name: 'home' }
  | { name: 'setup' }
  | { name: 'player' }
  | { name: 'results'; attemptId: string }
  | { name: 'review'; attemptId: string; itemIndex?: number }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'certificates' }
  | { name: 'verify' }

export type RouteName = Route['name']
