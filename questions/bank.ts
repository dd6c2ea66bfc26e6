// Identity of the question bank. Bump `version` whenever a change to content, templates or the
// generator changes the items a seed produces: every item records the version it came from, so an
// old attempt stays interpretable and "same version + same seed ⇒ same items" stays true.
export const BANK = { id: 'rls-causes', version: '2.18.12' } as const

export type BankInfo = typeof BANK

/**
 * The canonical seed space per template: seeds 0 … SEEDS_PER_TEMPLATE-1. The assembler draws
 * only from it, which makes the bank a finite, enumerable set per version (exports, the quality
 * gates and id look-ups all walk the same space).
 */
export const SEEDS_PER_TEMPLATE = 4096
