// Small statistics helpers shared by the TypeScript bench pieces.
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  // Nearest-rank: a p95 is a sample that really happened, not an interpolation.
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] as number
}

export const median = (values: readonly number[]): number => quantile(values, 0.5)

/** Prints the section's result as one JSON line the orchestrator picks out of stdout. */
export function report(result: unknown): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`)
}

export const round = (n: number, digits = 3): number => Number(n.toFixed(digits))
