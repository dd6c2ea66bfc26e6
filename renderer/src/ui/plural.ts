// Counted nouns read right for every number: "1 certificate", "2 certificates", "0 quizzes".
const IRREGULAR: Record<string, string> = { quiz: 'quizzes' }

/** The plural of an English noun phrase ("submitted quiz"): only its last word changes. */
export function pluralOf(noun: string): string {
  const [, head = '', word = noun] = /^(.*?)(\S+)$/.exec(noun) ?? []
  if (IRREGULAR[word]) return `${head}${IRREGULAR[word]}`
  if (/[^aeiou]y$/.test(word)) return `${head}${word.slice(0, -1)}ies`
  if (/(s|x|ch|sh)$/.test(word)) return `${head}${word}es`
  return `${head}${word}s`
}

/** "1 item", "3 items"; `count` is written with the learner's digit grouping. */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : pluralOf(noun)}`
}
