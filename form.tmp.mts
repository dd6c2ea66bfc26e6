import { templates as TEMPLATES } from './questions/templates/index'
import { generateItem } from './questions/generate'
import { BANK } from './questions/bank'
const N = Number(process.argv[2] ?? 300)
const grams = (t: string) => { const w = t.toLowerCase().match(/[a-z0-9'-]+/g) ?? []; const s = new Set<string>(); for (let i = 0; i + 2 < w.length; i++) s.add(w.slice(i, i + 3).join(' ')); return s }
// the option that alone lacks a trigram every other option has
function loneForm(texts: string[]): [number, string] {
  const g = texts.map(grams)
  for (let i = 0; i < texts.length; i++) {
    const others = g.filter((_, j) => j !== i)
    for (const x of others[0]) if (others.every(o => o.has(x)) && !g[i].has(x)) return [i, x]
  }
  return [-1, '']
}
let T = { n: 0, k: 0, f: 0, e: 0 }
for (const t of TEMPLATES) {
  let n = 0, k = 0, f = 0, e = 0, ex = ''
  for (let s = 500000; s < 500000 + N; s++) {
    const it = generateItem(t, s, BANK); n++
    const [i, x] = loneForm(it.options.map(o => o.text))
    if (i < 0) continue
    e += 1 / it.options.length
    if (it.options[i].correct) { k++; if (!ex) ex = `"${x}" ` + it.options.map(o => (o.correct ? '*' : '') + o.text).join(' | ') } else f++
  }
  T.n += n; T.k += k; T.f += f; T.e += e
  if (k + f) console.log(`${t.id.padEnd(42)} key ${(100*k/n).toFixed(1)} foil ${(100*f/n).toFixed(1)} blind ${(100*e/n).toFixed(1)}  ${ex.slice(0, 300)}`)
}
console.log(`TOTAL key ${(100*T.k/T.n).toFixed(2)} foil ${(100*T.f/T.n).toFixed(2)} blind ${(100*T.e/T.n).toFixed(2)}`)
