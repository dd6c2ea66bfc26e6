// A factory for "which medicine is the trigger?" templates. The spec supplies the situation (who,
// where, which prescriber, the timeline, the words); the factory draws every random choice into
// `params` first (so the text is a pure function of the params and the item id is stable), picks
// the distractor drugs by length rank, and builds options whose rationales are specific to the case.
import { oddFormOfTexts } from '../../check/lone-register'
import type { SectionId } from '../../item'
import type { Template } from '../types'
import { createRng } from '../../rng'
import {
  doseOf,
  drugOptions,
  scheduleOf,
  listText,
  pickDistractorDrugs,
  type ListedDrug
} from './drug-item'
import {
  TRIGGER_CLASSES,
  classEvidence,
  classOf,
  classRefs,
  centralWhy,
  CENTRAL_WHY,
  capYears,
  fitsPatient,
  notAggravatorWhy,
  safeUse,
  triggerWhy
} from './meds'
import { cap, fill, person, seconds, type Person, type Sex } from './people'
import { olderStart } from './older-doses'
import {
  TOLERATED_MIN_YEARS,
  toleratedChoices,
  toleratedNote,
  toleratedWhy,
  type ToleratedPick,
  type ToleratedSpec
} from './tolerated'

export type OptionForm = 'name' | 'dose' | 'schedule' | 'regimen'

export interface KeyUse {
  regimen: string
  /** What it was prescribed for, as it reads after "for". */
  indication: string
  /** Who prescribed it, e.g. "the pain clinic". */
  by?: string
}

export interface Ctx {
  p: Person
  n: Record<string, number>
  drug: string
  use: KeyUse
  /** The whole medication list as one phrase, alphabetical. */
  list: string
  /** The recently changed safe drug, or null. */
  fresh: string | null
  /** The distractor drugs, in pool order. */
  others: readonly string[]
  /** The long-standing drug of an aggravating class listed beside the culprit, or null. */
  tolerated: string | null
}

export interface WhichDrugSpec {
  id: string
  family: string
  section: SectionId
  title: string
  objective: string
  claims: string[]
  /** References beyond the class's; a function when they depend on the case (read 21, F1#18). */
  extraRefs?: readonly string[] | ((c: Ctx) => readonly string[])
  ages: readonly [number, number]
  sexes?: readonly Sex[]
  keys: Record<string, readonly KeyUse[]>
  /** Long-term safe drugs that fit the patient. */
  chronic: readonly string[]
  /** Safe drugs that may have been started recently (at most one joins the list). */
  fresh?: readonly string[]
  /** Centrally acting non-aggravators, one of which is always listed, so the key is not the only
   * drug acting on the brain (default gabapentin or pregabalin, brief §2; [] where none is
   * plausible, e.g. in pregnancy). */
  central?: readonly string[]
  /** Read 18 (P4): safe drugs always listed and offered, whatever the draw (e.g. a replacement
   * dose raised in the culprit's weeks), so the decoy is not always a co-started drug. Not in
   * `chronic`. */
  always?: readonly string[]
  /** Read 21 (P2): opt-in, a drug of another aggravating class taken unchanged for years, listed
   * and offered in a share of items (kit/tolerated.ts), so class and timeline are both needed. The
   * explanation then gains one sentence on it; it must not say no other drug aggravates RLS. */
  tolerated?: ToleratedSpec
  /** Why no centrally acting non-aggravator is listed, when `central` is [] (the drug gate then
   * lets the key be the one centrally acting option, and says so). */
  noCentralBecause?: string
  /** Opt-in (read 7, P7): the centrally acting drug's use is drawn per item from these lists
   * (without it each drug has one fixed use, and "pregabalin 75 mg twice daily for generalised
   * anxiety disorder" was in 7 of the 60 items read, with one rationale), its rationale is one of
   * several phrasings. */
  centralUses?: Readonly<Record<string, readonly { regimen: string; indication: string }[]>>
  /** Opt-in (read 7, P7): reasons for the co-started safe drug, one drawn per item; keep the
   * regimen of `uses` so the options are unchanged. */
  freshUses?: Readonly<Record<string, readonly { regimen: string; indication: string }[]>>
  /** Regimen and indication overrides for safe drugs in this setting (e.g. renal doses). */
  uses?: Record<string, { regimen: string; indication: string }>
  /** Show the strength with each option name ("Chlorpheniramine 4 mg"): used where the key
   * names are long and the setting's safe drugs short, so the name alone would be a length cue. */
  showDose?: boolean
  /** Opt-in (read 6, middle-length): the option texts' form is chosen per item from these
   * ('name' = "Metoclopramide", 'dose' = "Metoclopramide 10 mg", 'schedule' = strength and
   * how often, "Metoclopramide 10 mg three times daily", without the story's timing words;
   * 'regimen' = the whole listed regimen, only where it carries no clue the other options lack), together with the distractors, so the key lands on a length rank drawn by lot. The
   * required drugs (the co-started one, the centrally acting one) otherwise sit on one side of
   * the key whatever is drawn, and the key never reaches an extreme. Overrides `showDose`. */
  rankForms?: readonly OptionForm[]
  /** Opt-in with rankForms (read 8): the share (0–1) of items whose drawn extreme rank (key
   * longest or shortest) no form can reach that try the other extreme before the closest middle
   * rank; a share, since always doing so moves the cue from middle-length to longest. */
  otherExtremeShare?: number
  /** Named integer draws, in order: [min, max] each. */
  numbers: Record<string, readonly [number, number]>
  /** How the key and a recent safe drug read in the list. */
  keyLine(c: Ctx): string
  freshLine?(c: Ctx, generic: string, regimen: string, indication: string): string
  stem(c: Ctx): string
  leads: readonly string[]
  keyTail(c: Ctx): string
  /** The key's opening sentence for a drug whose shared class sentence (triggerWhy) this story
   * says more precisely (promethazine given for vertigo for its antihistamine action). */
  keyWhy?: Readonly<Record<string, string>>
  freshTail?(c: Ctx): string
  /** A case-specific reason for a long-standing drug (timing); by default none, since the
   * rationale already says why the drug is not an aggravator, and a "taken for N years" tail on
   * every distractor would single out the culprit as the only recent change. */
  chronicTail?(c: Ctx, generic: string): string
  /** How a long-standing drug reads in the list; by default with its start and prescriber, so
   * every entry carries a date, not only the culprit and the co-started drug. */
  chronicLine?(c: Ctx, generic: string, regimen: string, indication: string, years: number): string
  /** Years a long-standing drug has been taken, when the story fixes it (metformin since a
   * diabetes diagnosis the stem dates); by default the drawn number. */
  chronicYears?(c: Ctx, generic: string, drawn: number): number
  explanation(c: Ctx): string
  difficulty(c: Ctx): 1 | 2 | 3
}

export function whichDrugTemplate(spec: WhichDrugSpec): Template {
  return {
    id: spec.id,
    family: spec.family,
    section: spec.section,
    title: spec.title,
    generate(rng) {
      const drug = rng.pick(Object.keys(spec.keys))
      const useIndex = rng.int(0, (spec.keys[drug] ?? []).length - 1)
      const sex: Sex = rng.pick(spec.sexes ?? (['f', 'm'] as const))
      const age = rng.int(spec.ages[0], spec.ages[1])
      // The culprit was started recently: from 75 at the older-adult dose (read 10, P3); the
      // draws are in their old order, so younger patients' items are unchanged.
      const uses = (spec.keys[drug] ?? []).map((u) =>
        OLDER_START_SKIP.has(drug) ? u : { ...u, regimen: olderStart(drug, u.regimen, age) }
      )
      const drawnCount = rng.int(3, 4)
      // Only drugs this patient could be taking (read 10, P3: alendronate in a man of 34).
      const freshPool = (spec.fresh ?? []).filter((g) => fitsPatient(g, age, sex))
      const candidate = freshPool.length > 0 ? rng.pick(freshPool) : null
      const centralPool = spec.central ?? DEFAULT_CENTRAL
      const drawnCentral = centralPool.length > 0 ? rng.pick(centralPool) : null
      // Drawn only when opted in, and from an RNG of their own (seeded by the draws so far), so
      // the item's RNG runs as before: the other templates' items are unchanged, and the opt-in
      // ones keep their option draws (the middle-length figure moved ±2 points with the sequence).
      const own = createRng(
        `${spec.id}|${drug}|${useIndex}|${sex}|${age}|${drawnCount}|${candidate}`
      )
      const centralUse = spec.centralUses
        ? {
            cu: own.int(0, (spec.centralUses[drawnCentral ?? ''] ?? [null]).length - 1),
            cw: own.int(0, CENTRAL_WHY.length - 1)
          }
        : null
      // Opt-in (read 7, P7): the co-started safe drug's reason varies (same regimen, so the
      // option texts and their length ranks are as before).
      const freshChoices = candidate ? spec.freshUses?.[candidate] : undefined
      const fu = freshChoices ? own.int(0, freshChoices.length - 1) : null
      const freshOwn = fu === null ? undefined : freshChoices?.[fu]
      // Never left off the list (read 2, P5: the key would be the only drug acting on the brain).
      const central = drawnCentral
      const centralOwn = central ? spec.centralUses?.[central]?.[centralUse?.cu ?? 0] : undefined
      const always = (spec.always ?? []).filter((g) => fitsPatient(g, age, sex))
      const tolChoices = toleratedChoices(
        spec.tolerated,
        `${spec.id}|${drug}|${useIndex}|${sex}|${age}|${drawnCount}|${candidate}`,
        drug,
        age,
        sex
      )
      const pool = [
        ...spec.chronic.filter((g) => fitsPatient(g, age, sex)),
        ...(candidate ? [candidate] : []),
        ...(central ? [central] : []),
        ...always
      ]
      // With a tolerated drug, each candidate is tried with each form (below), so the extra
      // required option does not pin the key's length rank.
      // Four distractors beside a tolerated drug: with the co-started, the central and the
      // tolerated drug all required, three would leave no free slot to set the key's length rank.
      const count = tolChoices.length > 0 ? 4 : drawnCount
      const withTolerated = (tol: ToleratedPick | null) => (tol ? [...pool, tol.drug] : pool)
      // The tolerated drug (and regimen) being tried; set by the option search, then fixed.
      let tolPick: ToleratedPick | null = tolChoices[0] ?? null
      const useOf = (g: string) =>
        (g === central ? centralOwn : g === candidate ? freshOwn : undefined) ??
        (g === tolPick?.drug ? tolPick.use : undefined) ??
        spec.uses?.[g] ??
        CENTRAL_USES[g] ??
        safeUse(g)
      const regimenOf = (g: string): string =>
        g === drug ? (uses[useIndex]?.regimen ?? '') : useOf(g).regimen
      const suffix = (form: OptionForm, g: string): string | undefined =>
        form === 'dose'
          ? doseOf(regimenOf(g))
          : form === 'schedule'
            ? scheduleOf(regimenOf(g))
            : form === 'regimen'
              ? regimenOf(g)
              : undefined
      const textIn = (form: OptionForm) => (g: string) =>
        `${cap(g)} ${suffix(form, g) ?? ''}`.trim()
      // The co-started safe drug is always listed (brief §2: the culprit is never the only recent
      // change), so the drug class, not the dates, separates them.
      // A centrally acting non-aggravator is always listed too, so "the one drug acting on the
      // brain" does not find the key without RLS knowledge.
      const requiredWith = (tol: ToleratedPick | null) =>
        [candidate, central, tol?.drug ?? null, ...always].filter((g): g is string => g !== null)
      const tolOptions = tolChoices.length > 0 ? tolChoices : [null]
      // Opt-in: a target rank by lot (the number of distractors longer than the key), then the
      // first option form, in random order, whose distractors reach it (else the closest).
      let ranked: { form: OptionForm; others: string[]; tol: ToleratedPick | null } | null = null
      if (spec.rankForms) {
        const forms = spec.rankForms
        const reach = (want: number) => {
          let best = Infinity
          let found: { form: OptionForm; others: string[]; tol: ToleratedPick | null } | null = null
          for (const [f, tol] of rng
            .shuffle([...forms])
            .flatMap((f) => tolOptions.map((tol) => [f, tol] as const))) {
            tolPick = tol
            const t = textIn(f)
            const picked = pickDistractorDrugs(
              rng,
              drug,
              withTolerated(tol),
              count,
              sex,
              t,
              requiredWith(tol),
              want
            )
            // A schedule that is only a strength ("100 mg after each dialysis session" → "100 mg")
            // would make that option the one without a frequency: the form is then not used.
            const bare = (g: string) => scheduleOf(regimenOf(g)) === doseOf(regimenOf(g))
            if (f === 'schedule' && [drug, ...picked].some(bare)) continue
            const k = t(drug).length
            const longer = picked.filter((g) => t(g).length > k).length
            const ties = picked.filter((g) => t(g).length === k).length
            // A form in which every distractor shares a phrase the key lacks ("… twice daily"
            // three times beside "… three times daily") is the odd-form cue (read 9 P3).
            const odd = oddFormOfTexts(t(drug), picked.map(t)) ? 10 : 0
            const miss = Math.abs(longer - want) + ties + odd
            if (miss < best) {
              best = miss
              found = { form: f, others: picked, tol }
            }
            if (miss === 0) break
          }
          return { best, found }
        }
        const want = rng.int(0, count)
        const first = reach(want)
        ranked = first.found
        // Opt-in (read 8): an extreme rank no form can reach (a key that cannot be the shortest
        // because an always-listed drug is shorter in every form) falls to the middle of the
        // length order, the middle-length cue; the other extreme is tried before that.
        const other = want === count ? 0 : want === 0 ? count : -1
        const share = spec.otherExtremeShare ?? 0
        if (share > 0 && first.best > 0 && other >= 0 && own.next() < share) {
          const second = reach(other)
          if (second.best === 0) ranked = second.found
        }
      }
      const form: OptionForm = ranked?.form ?? (spec.showDose ? 'dose' : 'name')
      const doseText = (g: string): string | undefined => suffix(form, g)
      tolPick = ranked ? ranked.tol : (tolChoices[0] ?? null)
      const others =
        ranked?.others ??
        pickDistractorDrugs(
          rng,
          drug,
          withTolerated(tolPick),
          count,
          sex,
          textIn(form),
          requiredWith(tolPick)
        )
      const tolerated = tolPick?.drug ?? null
      const fresh = candidate && others.includes(candidate) ? candidate : null
      const since = others.map(() => rng.int(2, 15))
      const n: Record<string, number> = {}
      for (const [name, [lo, hi]] of Object.entries(spec.numbers)) n[name] = rng.int(lo, hi)
      const lead = rng.int(0, spec.leads.length - 1)
      const params = {
        drug,
        use: useIndex,
        sex,
        age,
        others: others.join('+'),
        fresh: fresh ?? '-',
        yearsOn: since.join('+'),
        lead,
        ...(ranked ? { form } : {}),
        ...(centralUse ?? {}),
        ...(fu === null ? {} : { fu }),
        ...n
      }
      const use = uses[useIndex] ?? { regimen: '', indication: '' }
      const p = person(age, sex)
      const listedTolerated = tolerated && others.includes(tolerated) ? tolerated : null
      const base: Ctx = { p, n, drug, use, list: '', fresh, others, tolerated: listedTolerated }
      const key: ListedDrug = {
        generic: drug,
        line: spec.keyLine(base),
        dose: doseText(drug),
        why: keyWhy(spec, drug, spec.keyTail(base))
      }
      let toleratedYears = 0
      const listed: ListedDrug[] = others.map((g, i) => {
        const u = useOf(g)
        const isFresh = g === fresh
        // Never longer than the patient's adult life, or than the drug's longest course (read 10,
        // P3: alendronate for 11 years at 34); a story's own dating (chronicYears) starts from it.
        const capped = capYears(g, since[i] ?? 2, age, sex)
        const drawn = g === listedTolerated ? Math.max(TOLERATED_MIN_YEARS, capped) : capped
        const years = spec.chronicYears?.(base, g, drawn) ?? drawn
        if (g === listedTolerated) toleratedYears = years
        return {
          generic: g,
          dose: doseText(g),
          line:
            isFresh && spec.freshLine
              ? spec.freshLine(base, g, u.regimen, u.indication)
              : spec.chronicLine
                ? spec.chronicLine(base, g, u.regimen, u.indication, years)
                : `${g} ${u.regimen} for ${u.indication} (${chronicStart(use, years)})`,
          why:
            g === listedTolerated
              ? toleratedWhy(g, years, drug, spec.chronicTail?.(base, g) ?? '')
              : g === central && centralOwn && centralUse
                ? centralWhy(g, u.indication, centralUse.cw, spec.chronicTail?.(base, g) ?? '')
                : notAggravatorWhy(
                    g,
                    u.indication,
                    isFresh && spec.freshTail
                      ? spec.freshTail(base)
                      : (spec.chronicTail?.(base, g) ?? '')
                  )
        }
      })
      const c: Ctx = { ...base, list: listText([key, ...listed]) }
      const stem = fill(spec.stem(c), p)
      const question = fill(spec.leads[lead] ?? '', p)
      const options = drugOptions(key, listed).map((o) => ({
        ...o,
        rationale: fill(o.rationale, p)
      }))
      const cls = classOf(drug)
      return {
        params,
        claims: [TRIGGER_CLASSES[cls].claim, ...spec.claims],
        difficulty: spec.difficulty(c),
        estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
        stem,
        question,
        options,
        objective: spec.objective,
        explanation: fill(
          explainTolerated(spec.explanation(c), listedTolerated, toleratedYears),
          p
        ),
        evidenceNote: classEvidence(cls),
        references: classRefs(
          cls,
          typeof spec.extraRefs === 'function' ? spec.extraRefs(c) : (spec.extraRefs ?? [])
        ),
        facts: {
          kind: 'drug-which',
          medications: [drug, ...others],
          aggravator: drug,
          aggravatorClass: FACT_CLASS[cls],
          recentSafeChange: fresh,
          ...(listedTolerated ? { toleratedAggravator: listedTolerated, toleratedYears } : {}),
          ...(spec.noCentralBecause ? { noCentralBecause: spec.noCentralBecause } : {})
        }
      }
    }
  }
}

/** Olanzapine's dose in the chemotherapy story is that template's own (helper B's, read 10). */
const OLDER_START_SKIP: ReadonlySet<string> = new Set(['olanzapine'])

/** Centrally acting drugs that are not RLS aggravators (gabapentin and pregabalin are first-line
 * RLS treatments, usable as non-aggravating options, brief §2), with uses other than the RLS, so
 * the list does not say the RLS is already treated. */
const DEFAULT_CENTRAL: readonly string[] = ['gabapentin', 'pregabalin']
const CENTRAL_USES: Record<string, { regimen: string; indication: string }> = {
  gabapentin: { regimen: '300 mg three times daily', indication: 'sciatic nerve pain' },
  pregabalin: { regimen: '75 mg twice daily', indication: 'generalised anxiety disorder' }
}

/** "started by {her} family physician 6 years ago" when the culprit names its prescriber, so a
 * named prescriber is never the culprit's alone; "for 6 years" otherwise. */
function chronicStart(use: KeyUse, years: number): string {
  return use.by ? `started by {her} family physician ${years} years ago` : `for ${years} years`
}

/** The aggravator-class ids of content/drugs.ts, for facts. */
const FACT_CLASS = {
  antipsychotic: 'd2-antipsychotic',
  antiemetic: 'd2-antiemetic',
  h1: 'h1-antihistamine',
  mirtazapine: 'mirtazapine',
  ssri: 'ssri',
  snri: 'snri'
} as const

/** The explanation, with a sentence on the tolerated drug unless the template's own names it. */
function explainTolerated(text: string, tolerated: string | null, years: number): string {
  if (!tolerated || text.toLowerCase().includes(tolerated)) return text
  return `${text} ${toleratedNote(tolerated, years)}`
}

/** The key's reason: the story's own sentence for this drug when it has one, else the class's. */
function keyWhy(spec: WhichDrugSpec, drug: string, tail: string): string {
  const own = spec.keyWhy?.[drug]
  return own ? `${own}${tail ? ` ${tail}` : ''}` : triggerWhy(drug, tail)
}
