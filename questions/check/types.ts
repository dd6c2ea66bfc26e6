// Shared shapes for the quality gates. Every gate is a pure function returning problems, so the
// same code runs in the unit tests and in `npm run bank:check`.

export interface Problem {
  /** Which gate found it, e.g. "one-correct", "drug-key". */
  check: string
  message: string
  itemId?: string
  template?: string
}

export function problem(
  check: string,
  message: string,
  itemId?: string,
  template?: string
): Problem {
  return { check, message, ...(itemId ? { itemId } : {}), ...(template ? { template } : {}) }
}
