// The disagreement zone of iron-inflammation-ckd (ferritin >100 with TSAT <20%, brief §3): the item
// asks what the low TSAT means, never which route to give. Key: deficiency is not excluded and its
// cause is sought.
//
// Read 9 (P1, MAJOR ×2: 91237 #6, 104729 #2): the options were fixed text, the key the only
// measured statement among three absolutes ("proves", "excludes", "must wait"). Now each item
// draws one register by lot and writes EVERY option in it, with exactly one register word each:
// - measured: one hedge ("may", "likely", "probably", "unlikely", "possible"), no absolute;
// - firm: one absolute ("must", "excludes", "proves", "alone", "nothing"), no hedge.
// So no option is the lone hedged or the lone absolute-free one, and counting hedges or absolutes
// ties every option. Each role has three or four wordings per register, and five foils share three
// places, so the set differs from quiz to quiz. The measured foils are wrong on content, not on
// tone: that the illness accounts for the TSAT so a search adds little, that the ferritin "counts"
// as the IV band once inflammation is allowed for (no route is keyed in this zone), that
// deficiency is unlikely above 100, that the TSAT matters little without anaemia.
import type { Choice } from '../parallel'

export type ZoneRegister = 'measured' | 'firm'

/** What raises this patient's ferritin, as a noun phrase ("raises") and a short name. */
export interface ZoneCause {
  raises: string
  short: string
}

interface ZoneRole {
  code: string
  measured: readonly string[]
  firm: readonly string[]
  rationale: string
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function roles(ferritin: number, tsat: number, hb: string, cause: ZoneCause): ZoneRole[] {
  const s = cause.short
  const S = cap(s)
  const disagree = `At ferritin >100 ng/mL with TSAT <20% the guidelines disagree on iron therapy (AASM 2024 qualifies it on the TSAT; IRLSSG 2018 and Silber 2021 limit IV iron to ferritin ≤100 and oral iron to ≤75)`
  return [
    {
      code: 'deficiency-not-excluded',
      // Key wordings of 41–66 characters and foils of 47–64, so the key can take any length rank
      // without ever being far longer than every foil (1.25× the longest).
      // Read 18 (F1#29): the key was the longest option and the only two-part "consider and act"
      // one ("…; go on to look for its cause"). It is now a conclusion like every foil; the search
      // for the cause is taught in its rationale and the explanation.
      measured: [
        'Iron deficiency may still be present in this patient',
        // Read 21 (F1#35): "despite these values" read oddly beside a TSAT flagged low, which
        // argues for deficiency; only the ferritin, the stores, argues against it. Not "ferritin"
        // in the key (read 14: the key echoed "this ferritin").
        'Iron deficiency may be present despite the stores',
        'A true iron deficiency may lie behind these two results',
        'An iron deficiency cannot be ruled out from these two values',
        'This patient may well have an iron deficiency behind these values'
      ],
      firm: [
        'Deficiency must still be sought, with its cause',
        'Iron deficiency must still be looked for, with its cause',
        'The search for iron deficiency and its cause must go on',
        'Iron deficiency and its cause must still be looked for here',
        'Iron deficiency must still be looked for here, and its cause'
      ],
      rationale: `Correct: ferritin rises with ${cause.raises}, so ${ferritin} ng/mL does not show that iron is available, and TSAT ${tsat}% says little iron reaches the tissues. ${disagree}, so no route is settled here; what holds is that deficiency is not excluded and its cause (blood loss, poor absorption) is looked for.`
    },
    {
      code: 'ferritin-adequate',
      measured: [
        'Iron deficiency is unlikely with a ferritin over 100',
        'A ferritin this high makes iron deficiency unlikely here',
        'Stores are probably adequate with a ferritin over 100 ng/mL',
        'With a ferritin over 100, an iron deficiency is unlikely here'
      ],
      firm: [
        'A ferritin over 100 excludes iron deficiency here',
        'This ferritin rules out iron deficiency; stores are adequate',
        'Iron deficiency is excluded by a ferritin over 100 ng/mL',
        'With a ferritin over 100, iron deficiency is excluded here'
      ],
      rationale: `Incorrect: ferritin is an acute-phase reactant and rises with ${cause.raises}, so ${ferritin} ng/mL neither excludes deficiency nor makes it unlikely; TSAT ${tsat}% says little iron reaches the tissues.`
    },
    {
      code: 'tsat-reflects-illness',
      measured: [
        `The low TSAT likely reflects ${s}; a search adds little`,
        `${S} probably explains this TSAT, so skip the work-up`,
        `This TSAT is likely due to ${s}; a work-up adds little`
      ],
      firm: [
        `${S} alone explains this TSAT; skip the work-up`,
        `The low TSAT is from ${s} alone; a search adds little`,
        `This TSAT reflects ${s} alone, so skip a work-up`
      ],
      rationale: `Incorrect: ${s} can lower TSAT by holding iron back, but that does not end the assessment; with TSAT ${tsat}% and a ferritin raised by the illness, deficiency is not excluded, so its cause (blood loss, poor absorption) is looked for.`
    },
    {
      code: 'iv-band',
      measured: [
        `Given ${s}, the ferritin likely fits the IV band`,
        `With ${s}, this ferritin probably sits in the IV band`,
        `Allowing for ${s}, the ferritin likely fits the IV band`
      ],
      firm: [
        `Given ${s}, the ferritin must fall in the IV band`,
        `With ${s}, this ferritin must be read as the IV band`,
        `Allowing for ${s}, the ferritin must fall in the IV band`
      ],
      // Read 18 (F1#29): this rationale repeated the key's whole guideline passage; it now names
      // the band error only.
      rationale: `Incorrect: no accepted correction moves a ferritin of ${ferritin} ng/mL into the IV-only band, which is 76–100 ng/mL with TSAT ≥20%; allowing for ${s} changes how the ferritin is read, not which band it falls in.`
    },
    {
      code: 'anaemia-first',
      measured: [
        'The low TSAT probably matters little until anaemia sets in',
        'Without anaemia, this TSAT likely counts for little as yet',
        'This TSAT is unlikely to matter before anaemia sets in'
      ],
      firm: [
        'The low TSAT must wait for anaemia before it counts',
        'Without anaemia, this TSAT must be put to one side',
        'A normal blood count proves this TSAT is harmless here'
      ],
      rationale: `Incorrect: iron deficiency that matters in RLS is often present without anaemia, and the haemoglobin of ${hb} g/dL does not settle it; with ${cause.raises} raising ferritin, TSAT ${tsat}% keeps deficiency on the table.`
    },
    // Read 20 (F1#20): the key was the one guarded option beside confident ones (a test-wise reader
    // picks the option that claims least). This foil is as guarded and wrong: the common belief
    // that iron studies cannot be read at all while the illness lasts, so the question is put off.
    {
      code: 'unreadable-for-now',
      measured: [
        'Iron status is probably unreadable during this illness',
        'These two values likely mean little in such an illness',
        'In this illness the iron studies may be unreadable'
      ],
      firm: [],
      rationale: `Incorrect: the two values can be read now, illness and all: ferritin rises with ${cause.raises}, so ${ferritin} ng/mL does not show that iron is available, while TSAT ${tsat}% says little iron reaches the tissues. Deficiency is not excluded, and its cause is looked for now rather than put off.`
    },
    {
      code: 'deficiency-proven',
      measured: [],
      firm: [
        'This low TSAT proves an absolute iron deficiency',
        'A TSAT this low proves an absolute iron deficiency here',
        'The low TSAT proves absolute iron deficiency in this case'
      ],
      rationale: `Incorrect: TSAT also falls with ${cause.raises}, because iron is held back in stores, so TSAT ${tsat}% raises the question of deficiency but does not prove it; guidelines disagree on treating at ferritin ${ferritin} ng/mL.`
    }
  ]
}

/** The key and the foil pool in one register (roles without wordings in it are left out). */
export function zoneChoices(
  register: ZoneRegister,
  ferritin: number,
  tsat: number,
  hb: string,
  cause: ZoneCause
): { key: Choice; pool: Choice[] } {
  const all = roles(ferritin, tsat, hb, cause)
    .filter((r) => r[register].length > 0)
    .map((r) => ({ code: r.code, texts: r[register], rationale: r.rationale }))
  const [key, ...pool] = all
  return { key: key as Choice, pool }
}
