// Validity debt: per template, the gates of issue 13 it does not pass yet, with the figure shown in
// bank:check as a warning instead of a failure. The list may only shrink: a listed gate that
// passes is itself a failure ("debt-cleared"), so fixing a template forces its removal here, and
// a new template or a new regression fails outright. Each entry is open work, recorded in
// docs/question-bank.md (§9).
const EARLIER_DEBT: Readonly<Record<string, readonly string[]>> = {
  // hospital-antiemetic cleared at 2.6.0: every option is a whole chart line (dose, route, how
  // often), the key has three wordings, and the as-needed analgesic shares an IV key's route
  // (shortest +5.8 → −5.5, longest +1.5).
  // augmentation-next-step cleared at 2.6.0: the key's long forms no longer name the drug and
  // sit inside the distractors' length band (longest +8.2 → −14.1, stem words +5.1 → −11.6).
  // The lone-cue gate (added at 2.9.0, after read 5): the key is the one option ≥ 1.25× as long as
  // every other more often than a blind pick lands there. Owed by the read-5 copy edit.
  // antidepressant-choice cleared in the read-5 copy edit: every regimen wording is 22–27
  // characters (lone longest 25.6% vs 14.9% → 0.0%).
  // iron-missed-in-referral-letter (17.4% vs 12.4%) and lifestyle-caffeine-trial (15.9% vs 6.0%)
  // cleared by the read-5 copy edit: their option texts sit in one length band (0.0% each).
  // The middle-length strategy (added at 2.11.0): "neither the longest nor the shortest option".
  // The option search aims the key at a length rank drawn by lot; where the forms cannot put the
  // key at an extreme it settles in the middle, so avoiding both extremes beat chance by 9.4
  // points over the bank. Owed per template below and over the bank and the quizzes; open work.
  // mD1 (read 6): the which-drug kit draws the option form with the key's length rank
  // (rankForms); trigger-antiemetic-early-pregnancy, -dated-medication-review,
  // -chemotherapy-antiemetic and -travel-sedative cleared, the figures below are after it;
  // trigger-lost-control-ssri-or-iron cleared by key wordings of four lengths (40.2% → 26.5%);
  // trigger-quetiapine-why-prescribed (41.0% → 25.4%) and -promethazine-why-prescribed (35.2% →
  // 26.1%) by kit/statements rankedStatements (key and rival wordings chosen for the drawn rank).
  // r8D (read 7): trigger-ssri-after-delivery (42.5% → 25.0%), -antihistamine-for-dialysis-itch
  // (41.5% → 25.2%), -ward-night-sedation (39.4% → 24.1%), -antiemetic-for-vertigo (35.1% →
  // 24.5%) and -seasonal-antihistamine (33.8% → 20.6%) cleared by option forms in which the key can be the shortest and the longest option (docs/question-bank.md, "Read 7 fixes: r8D").
  // r9F (read 7): trigger-antiemetic-diabetic-gastroparesis (39.9% → 25.4%), -psych-admission
  // (32.2% → 25.2%) and -snri-started-elsewhere (32.0% → 27.3%) cleared by option forms in which
  // the key can be the shortest and the longest option (docs/question-bank.md, "Read 7 fixes: r9F").
  // Read 7 (P1, P2): the hedge and absolute lists were broadened to the words an examiner reads
  // ("roughly", "cannot exclude"; "proves", "rests on", "can wait", "established", "at once",
  // "confirms", "will"…) and the key-long gate was added. Templates that passed before and now
  // fail are owed here, with the figure at 1,000 seeds. hospital-antiemetic (most-hedged 34.1% →
  // 22.8%) cleared by r9F: no "up to" in the key's wordings nor in the as-needed analgesic's.
  // '(bank)' and '(quizzes)' cleared at 2.12.0: middle-length +9.4 → within +5 over the bank and
  // over the assembled quizzes (the figures are in bank:check's whole-bank and quiz lines).
  // Situations (situation-cues.ts, since 2.18.4): each strategy within one situation of a
  // template, at 1,000 seeds, in points above chance. 31 gates were owed when the gate arrived
  // (bank 2.18.3); at 2.18.4, after read 18's fixes, these 29 (8 cleared, 6 new ones from the same
  // fixes, which were written before the gate). docs/question-bank.md §9 keeps the history.
  // iron-inflammation-ckd cleared at read 20 (helper B): the IV key has its own wordings, which
  // share only "iron" with the foils (variant=iv most-shared-words +16.8 → −3.2), and a guarded
  // foil joins the zone (variant=zone middle-length +5.8 → +4.2).
  // variant=0 shortest +10.9, variant=1 shortest +9.1 (read 20's mimic rewrite: +8.1, +7.7)
  'rls-vs-mimic': ['situation:variant=0:shortest', 'situation:variant=1:shortest'],
  // topic=alcohol middle-length +6.8, topic=caffeine middle-length +5.6; topic=alcohol
  // fewest-absolutes (+5.9 → +4.3) and most-stem-words (+6.4 → +1.4) cleared by read 20 (F1#21).
  'lifestyle-counselling': [
    'situation:topic=alcohol:middle-length',
    'situation:topic=caffeine:middle-length'
  ],
  // variant=clinical shortest +11.6, variant=clinical fewest-absolutes +7.0
  'knowledge-diagnosis': [
    'situation:variant=clinical:shortest',
    'situation:variant=clinical:fewest-absolutes'
  ],
  // trigger-quetiapine-why-prescribed (arm=bipolar most-stem-words +5.4, arm=insomnia
  // fewest-absolutes +5.5 and middle-length +6.8) cleared at 2.18.7 with its most-steps debt below.
  // trigger-care-home-night-walking cleared at read 20 (helper C): the length rank is drawn with
  // the always-offered rival in view, every wording family has foils on both sides of the key,
  // and the examination line no longer shares "legs" with the RLS key (arm=cramps middle-length
  // +7.5 → −4.4, arm=rls longest +14.2 → −0.7, arm=rls most-stem-words +13.8 → −14.1).
  // iron-recheck-after-oral-course cleared at read 20 (helper B): the still-low arm's key no longer
  // repeats the stem's "three months", "repeat" and "results" (arm=iron-indicated most-stem-words
  // +41.2 → −15.8, most-shared-words +16.1 → −12.4).
  // arm=low most-stem-words +26.2, arm=untested middle-length +6.2
  'iron-before-drug-treatment': [
    'situation:arm=low:most-stem-words',
    'situation:arm=untested:middle-length'
  ],
  // iron-child-threshold cleared at read 20 (helper B): the infusion foil names ferric
  // carboxymaltose, not "iron", so the oral-iron key no longer shares most words (arm=iron
  // most-shared-words +7.8 → −3.3).
  // iron-pregnancy-decision's arm=iron stem (+10.0) and shared-word (+15.5) debts cleared at
  // 2.18.6 by the option search's balance (kit/statements.ts).
  // arm=drug shortest +5.3
  'iron-missed-in-referral-letter': ['situation:arm=drug:shortest'],
  // lifestyle-caffeine-trial arm=untried most-hedged (+5.3 → −25.0) cleared by read 20 (F1#24).
  // lifestyle-sleep-apnoea-and-rls arm=no-osa middle-length (+6.3) cleared by read 21 (F1#12):
  // the asked-for sleep study is always offered, its length side drawn with the other foils'.
  // situation=child-risk middle-length +12.2 (read 20, F1#17: +6.9)
  'genetics-family-risk': ['situation:situation=child-risk:middle-length'],
  // situation=agonist-augmentation longest +10.5
  'mechanism-in-practice': ['situation:situation=agonist-augmentation:longest']
}

// The most-steps strategy (cue-checks.ts, added at 2.18.6 after read 20 §6): the option proposing
// the most steps ("start iron and recheck", "advise X, then review"). Owed when it arrived, per
// template and situation, in points above chance at 1,000 seeds (before the 2.18.6 fixes).
const MOST_STEPS_DEBT: Readonly<Record<string, readonly string[]>> = {
  // Cleared at 2.18.6: knowledge-diagnosis (whole +7.8, variant=criteria +16.0); iron-dialysis-decision (whole +8.1, arm=no-iron +22.7); lifestyle-alcohol-intake (whole +24.0, arm=moderate +49.5); mechanism-in-practice (whole +10.4, situation=agonist-augmentation +22.2) — the alcohol and dialysis key wordings,
  // and for the others the step count's fix (a noun after an article, "a change known as",
  // is no step). iron-before-drug-treatment (arm=low +7.9) cleared by read 20's fixes (helper B:
  // one-action keys).
  // whole +6.9, topic=osa +21.1
  'lifestyle-counselling': ['cue:most-steps', 'situation:topic=osa:most-steps'],
  // iron-child-threshold (whole +22.9, arm=iron +64.7) cleared at 2.18.7: within each wording
  // family every option has the key's number of steps, and the foils are searched for length rank.
  // iron-pregnancy-decision (whole +32.9, arm=iron +75.0) cleared at 2.18.6: one- and two-step
  // wordings on both sides and the search's balance (−6.6; arm=iron within +5).
  // lifestyle-caffeine-trial (whole +9.1, arm=tried +18.7) cleared at 2.18.7: the tried arm's
  // key "Drop the caffeine theory; check iron and medicines" is one action now (−2.9).
  // whole +30.9, arm=no-osa +20.4, arm=osa +40.7 at arrival; read 20's fixes and 2.18.7's
  // one-action iron-and-drug-list wordings cleared the whole and no-osa gates (−6.9; osa +7.3).
  'lifestyle-sleep-apnoea-and-rls': ['situation:arm=osa:most-steps'],
  // whole +7.6 (after the step count's fix), variant=not-indicated +41.5
  'iron-inflammation-ckd': ['cue:most-steps', 'situation:variant=not-indicated:most-steps']
  // trigger-quetiapine-why-prescribed (arm=insomnia +30.2) cleared at 2.18.7: a one-action taper
  // wording ("…, with CBT for the insomnia"), a two-step rival and the search's balance.
  // trigger-promethazine-why-prescribed (arm=nausea +22.0) cleared at 2.18.7: a one-step key
  // wording, two-step swap foils and the option search's most-steps balance (within +5).
  // iron-recheck-after-oral-course (arm=treat-and-investigate-source most-steps +17.0 at arrival,
  // +8.3 after read 20; arm=iron-indicated +16.7, then +6.0) cleared at 2.18.12: read 23's crossed
  // option sets (two choices, each option sharing one half with two others) put both arms within
  // +5 (most-steps +3.2 in the still-low arm, longest +1.0 in the anaemia arm).
}

function mergeDebt(
  ...lists: Readonly<Record<string, readonly string[]>>[]
): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, string[]> = {}
  for (const list of lists)
    for (const [template, gates] of Object.entries(list)) (out[template] ??= []).push(...gates)
  return out
}

export const VALIDITY_DEBT = mergeDebt(EARLIER_DEBT, MOST_STEPS_DEBT)
