import { generateItem } from './questions/generate'
import { templates } from './questions/templates/index'
import { rlsCausesCourse } from './questions/content/course'
const t = templates.find((x) => x.id === 'knowledge-mechanism')!
const stats = new Map<string, [number, number]>()
for (let s = 0; s < 1000; s++) {
  const it = generateItem(t, s, rlsCausesCourse)
  const key = it.options.find((o) => o.correct)!
  const min = Math.min(...it.options.map((o) => o.text.length))
  const st = stats.get(key.code) ?? [0, 0]
  st[0]++; if (key.text.length === min) st[1]++
  stats.set(key.code, st)
}
for (const [k, [n, sh]] of stats) console.log(k, n, (sh / n).toFixed(2))
