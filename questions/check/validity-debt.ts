// Validity debt: per template, the gates of issue 13 it does not pass yet, with the figure shown in
// bank:check as a warning instead of a failure. The list may only shrink: a listed gate that
// passes is itself a failure ("debt-cleared"), so fixing a template forces its removal here, and
// a new template or a new regression fails outright. Each entry is open work, recorded in
// docs/question-bank.md (§9).
export const VALIDITY_DEBT: Readonly<Record<string, readonly string[]>> = {
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
  // variant=iv most-shared-words +16.8, variant=zone middle-length +5.8
  'iron-inflammation-ckd': [
    'situation:variant=iv:most-shared-words',
    'situation:variant=zone:middle-length'
  ],
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
  // arm=bipolar most-stem-words +5.4, arm=insomnia fewest-absolutes +5.5, arm=insomnia middle-length +6.8
  'trigger-quetiapine-why-prescribed': [
    'situation:arm=bipolar:most-stem-words',
    'situation:arm=insomnia:fewest-absolutes',
    'situation:arm=insomnia:middle-length'
  ],
  // arm=cramps middle-length +7.5, arm=rls longest +14.2, arm=rls most-stem-words +13.8
  'trigger-care-home-night-walking': [
    'situation:arm=cramps:middle-length',
    'situation:arm=rls:longest',
    'situation:arm=rls:most-stem-words'
  ],
  // arm=iron-indicated most-stem-words +41.2, arm=iron-indicated most-shared-words +16.1
  'iron-recheck-after-oral-course': [
    'situation:arm=iron-indicated:most-stem-words',
    'situation:arm=iron-indicated:most-shared-words'
  ],
  // arm=low most-stem-words +26.2, arm=untested middle-length +6.2
  'iron-before-drug-treatment': [
    'situation:arm=low:most-stem-words',
    'situation:arm=untested:middle-length'
  ],
  // arm=iron most-shared-words +7.8
  'iron-child-threshold': ['situation:arm=iron:most-shared-words'],
  // arm=iron most-stem-words +10.0, arm=iron most-shared-words +15.5
  'iron-pregnancy-decision': [
    'situation:arm=iron:most-stem-words',
    'situation:arm=iron:most-shared-words'
  ],
  // arm=drug shortest +5.3
  'iron-missed-in-referral-letter': ['situation:arm=drug:shortest'],
  // lifestyle-caffeine-trial arm=untried most-hedged (+5.3 → −25.0) cleared by read 20 (F1#24).
  // arm=no-osa middle-length +5.2
  'lifestyle-sleep-apnoea-and-rls': ['situation:arm=no-osa:middle-length'],
  // situation=child-risk middle-length +12.2 (read 20, F1#17: +6.9)
  'genetics-family-risk': ['situation:situation=child-risk:middle-length'],
  // situation=agonist-augmentation longest +10.5
  'mechanism-in-practice': ['situation:situation=agonist-augmentation:longest']
}
