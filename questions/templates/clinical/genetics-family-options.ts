// The answers of genetics-family-risk, per situation (brief G1–G3, §5). Every answer has two
// phrasings of one shape; key and distractors carry hedges and absolutes alike, and no
// distractor uses a word of the absolute-cue list. `{kh}` is the pronoun (he, she) of the
// relative asked about, `{age}` the patient's own age at onset.
import type { Choice } from '../parallel'

export type Situation = 'child-risk' | 'relative-test' | 'work-up'

/** Extra statement keys an answer shares with another situation (the assembler keeps apart). */
export const SHARED_STATEMENT: Readonly<Record<string, string>> = {
  'child-gene-test': 'genetics-case:predictive-test'
}

export const ANSWERS: Readonly<Record<Situation, { key: Choice; pool: readonly Choice[] }>> = {
  'child-risk': {
    key: {
      code: 'child-raised-risk',
      // Read 20 (F1#17): the key was the longest option and one of two opening "The risk is
      // raised"; shorter forms, and forms that open another way, so neither marks it.
      texts: [
        'The risk is raised, though it is far from certain that {kh} will get RLS',
        'The child’s risk is raised, but many children of a parent with RLS never get it',
        // Read 18: the key's words ("many children of an affected parent never develop it") were
        // the foils' words, so it shared the most with them (most-shared-words +16 points on this
        // situation); these forms carry the same claim in words of their own.
        'The risk is raised, but it does not follow that {kh} will ever develop RLS',
        'The child’s risk is raised, but that does not mean that {kh} will ever develop RLS',
        'A raised risk, though {kh} may never go on to get RLS'
      ],
      rationale:
        'Correct: RLS is highly heritable and clusters in families, most of all with early onset, so a child of an affected parent is at raised risk; because the risk is spread over many variants of modest effect, many such children never develop RLS.'
    },
    pool: [
      // Read 8 (88651 #21): the key was the balanced "raised, but many never get it" between
      // two extremes. Every foil now grants the raised risk too and errs in what follows it.
      // Read 9 (91237 #26): the key was still the one hedged option ("far from certain") beside
      // absolutes ("ends", "can show"); every foil now has a measured form in the key's own
      // words ("many … never", "far from certain"), wrong on content, so tone sorts nothing.
      {
        // Read 20 (F1#17): "though it will lapse if {kh} passes {age} well" was implausible and
        // left the key to elimination. The misconception is now the one a parent really holds:
        // that a child's RLS would begin at the parent's own age at onset. (The code is kept.)
        code: 'child-risk-lapses',
        texts: [
          'A raised risk, showing by about {age}, as yours did',
          'The odds are raised, with onset near {age}, like yours',
          'The risk is raised, and RLS would probably begin at about {age}, as yours did'
        ],
        rationale:
          'Incorrect: the age at onset is not inherited as a date; it varies within a family, so a child of an affected parent may develop RLS earlier, later or never, and carries the raised risk through adult life.'
      },
      {
        code: 'child-near-certain',
        texts: [
          'The risk is raised, and most children of an affected parent go on to develop it',
          'The child’s risk is raised so far that {kh} is likely to develop RLS by {age}'
        ],
        rationale:
          'Incorrect: risk is spread over many common variants of modest effect, so an affected parent raises a child’s risk without making RLS likely or expected, and the age at onset is not inherited as a date.'
      },
      {
        code: 'child-gene-test',
        texts: [
          'The risk is raised, and a MEIS1 gene test may show whether {kh} is likely to get RLS',
          'The risk is raised, though a test of the common variants can usually settle it',
          'A raised risk, which a MEIS1 test can measure',
          'The odds are raised, and a MEIS1 test can say how much'
        ],
        rationale:
          'Incorrect: the common risk variants are also carried by many people who never develop RLS, so no gene test can tell whether a child will be affected.'
      },
      {
        // Read 9 fix list: "raised only if the child is a girl/boy", in the key's register.
        // Read 21 (F1#11): "A son's risk is raised …" was offered about a daughter, an option
        // about the wrong child. The misconception is now a line of descent, said of this child:
        // `{line}` is the side the patient is not (a father is told "the mother's side"), so the
        // foil is false for every child and names no sex.
        code: 'child-female-line',
        texts: [
          'Risk is raised, but down the {line} side, so a {pn}’s children may never get it',
          'A raised risk, but down the {line} side, not from a {pn}',
          'Raised risk, though it runs down the {line} side, not from a {pn}'
        ],
        rationale:
          'Incorrect: RLS is not inherited down one parent’s line; its inheritance is not tied to sex, so a child of an affected father or mother shares the raised risk.'
      },
      {
        // Read 9 fix list: "raised to about the general-population level": the key's own reason
        // (many never get it) taken to the wrong conclusion. Read 10 (Q1#13): "raised, but only to
        // about the usual level" contradicted itself, so these forms make the rise negligible instead.
        code: 'child-usual-risk',
        texts: [
          'The risk is barely raised, as many such children never get RLS',
          'The risk is barely raised at all, since many children of a parent with RLS never get it',
          'The risk is raised a little at most, since many such children stay well'
        ],
        rationale:
          'Incorrect: that many children of an affected parent stay well does not bring their risk down to the usual one; RLS clusters in families, most of all with early onset, so the risk is raised.'
      },
      {
        code: 'child-iron-only',
        texts: [
          'The risk is raised, but mainly if {kh} later runs short of iron',
          'The family history can raise the risk, though mostly through low iron stores',
          'A raised risk, but mostly if {kh} runs short of iron'
        ],
        rationale:
          'Incorrect: iron deficiency is one reversible contributor, but familial clustering reflects heritable risk that does not depend on iron stores.'
      }
    ]
  },
  'relative-test': {
    key: {
      code: 'no-predictive-test',
      // Read 18 (F1#10): "whether" and "well" were the stem's words ("enquire whether…", "well
      // controlled"), so the key shared the most with the stem once every item offered a foil
      // that orders no test; these forms say the same in words of their own.
      texts: [
        'Explain that no available test can forecast whether {kh} will be affected',
        'Explain that the known gene findings cannot forecast RLS in one healthy person',
        'Explain that no test can forecast RLS in a relative who feels fine'
      ],
      rationale:
        'Correct: RLS risk is spread over many common variants of small effect that are also frequent in people who never develop it, so no gene test predicts RLS in a healthy relative; research polygenic scores describe groups, not one person’s future, and there is no test to offer.'
    },
    pool: [
      {
        code: 'order-meis1',
        texts: [
          'Order MEIS1 genotyping, as carriers of the variant mostly develop RLS',
          'Order testing for the common variants to give a lifetime risk figure'
        ],
        rationale:
          'Incorrect: MEIS1 and the other risk variants are common in people without RLS and each raises risk only modestly; genotyping gives no useful prediction for one person.'
      },
      {
        code: 'screening-sleep-study',
        texts: [
          'Arrange a sleep study, which may show RLS before symptoms start',
          'Arrange a sleep study so that RLS can be found before any symptoms start'
        ],
        rationale:
          'Incorrect: RLS is a clinical diagnosis made from symptoms; a sleep study in a relative without symptoms neither diagnoses nor predicts it.'
      },
      {
        code: 'preventive-iron',
        texts: [
          'Advise daily iron tablets, as they may keep RLS from developing',
          'Advise iron tablets for the relative now, since they can delay familial RLS'
        ],
        rationale:
          'Incorrect: iron is given for RLS when ferritin or TSAT meet the thresholds; there is no evidence that iron prevents familial RLS in a relative without symptoms, and unneeded iron is not harmless.'
      },
      {
        code: 'yearly-ferritin',
        texts: [
          'Check the relative’s ferritin each year, as a fall in it can predict RLS',
          'Arrange yearly ferritin tests, which may show RLS coming before symptoms'
        ],
        rationale:
          'Incorrect: ferritin and TSAT are checked in people with RLS to guide treatment; a ferritin result does not predict whether a healthy relative will develop RLS.'
      },
      // Read 18 (F1#10): "as familial RLS mostly comes from one gene" carried a tell-tale
      // overclaim; the forms keep a hedge, as the key and the other foils do.
      {
        code: 'single-gene-panel',
        texts: [
          'Refer for single-gene testing, which may find the family’s RLS gene',
          'Request a single-gene test, as one gene can account for RLS in a family'
        ],
        rationale:
          'Incorrect: the risk found so far is polygenic, spread over many loci; no single gene has been identified that explains familial RLS or can be tested for.'
      },
      // Read 18 (F1#10): the key was the one option that ordered no test. Two wrong answers
      // that order none either (genetics-family-risk offers one of them in every item), hedged
      // like the key ("can forecast") so that tone does not sort them.
      {
        code: 'relative-not-inherited',
        texts: [
          'Tell the patient that RLS is seldom inherited, so the sibling’s risk is barely raised',
          'Reassure the patient that RLS is not usually passed on in families'
        ],
        rationale:
          'Incorrect: RLS is highly heritable and clusters in families, most of all with early onset, so a sibling’s risk is raised; what does not exist is a test that can forecast it.'
      },
      {
        // Offered only when the sibling is well past the patient's age at onset.
        code: 'relative-past-onset',
        texts: [
          'Say that {kh} is past the age the family’s RLS began, so is probably clear',
          'Explain that, now older than {age}, {kh} has likely outgrown the family risk'
        ],
        rationale:
          'Incorrect: the age at onset is not inherited as a date; it varies within a family, so a healthy sibling past the patient’s age at onset still carries the raised risk, and no test can forecast it.'
      }
    ]
  },
  'work-up': {
    // Read 7 (85093 #2): every option opened "The family history supports RLS, …" and the key was
    // the generic "work-up still needed" line, also the longest. Now each answer is a next step of
    // one shape (a verb, then its reason), the key a concrete step, and every answer has a plain
    // and a hedged wording, so neither the opening nor the register marks the key.
    key: {
      code: 'family-history-supports',
      texts: [
        'Check ferritin, TSAT and the drug list before choosing treatment',
        'Check ferritin, TSAT and the drug list, as a reversible cause can coexist',
        // Not "as in all patients with RLS", the stock rule's words (read 15, 147209 #38).
        'Check ferritin, TSAT and the drug list, then plan treatment',
        'Check ferritin, TSAT and the drug list now',
        'Check ferritin, TSAT and the drug list'
      ],
      rationale:
        'Correct: a family history is a supportive feature of RLS, but ferritin and TSAT are checked in everyone with clinically significant RLS and the medication list is reviewed, whatever the family history.'
    },
    pool: [
      // Read 16 (155303 #6): "Skip the iron studies …" beside the key "Check ferritin, TSAT …"
      // made a contradictory pair that pointed at the key; the foil is gone from this set.
      // Read 18 (171917 #16): every foil said "familial" and the key was the only check-first
      // option. No answer names the familial form now, and the foils share the key's frames
      // ("Check …", "… before choosing treatment", "… then plan treatment", "… now"), so neither
      // the odd word out nor the odd shape marks the key.
      {
        code: 'family-history-needs-gene-test',
        texts: [
          'Check MEIS1 and BTBD9 genotypes before choosing treatment',
          'Check the MEIS1 genotype, as it can show the inherited form',
          'Check the MEIS1 genotype, then plan treatment',
          'Check the MEIS1 genotype now'
        ],
        rationale:
          'Incorrect: RLS is a clinical diagnosis and no gene test shows an inherited form; MEIS1 and the other common variants are too frequent and too weak to decide it.'
      },
      {
        // Read 16 (155303 #6): "a lesion shared by the family" was implausible; an inherited
        // neuropathy is the mimic a clinician might think of.
        code: 'family-history-shared-cause',
        texts: [
          'Arrange nerve conduction studies before choosing treatment',
          'Arrange nerve conduction studies, as a hereditary neuropathy can coexist',
          'Arrange nerve conduction studies, then plan treatment',
          'Arrange nerve conduction studies now'
        ],
        rationale:
          'Incorrect: clustering in families with early onset is the pattern of heritable, primary RLS; with a normal examination nothing points to an inherited neuropathy, and nerve studies are not part of the RLS work-up.'
      },
      {
        code: 'family-history-sleep-study',
        texts: [
          'Arrange a sleep study before choosing treatment',
          'Arrange a sleep study, as limb movements on it can settle the diagnosis',
          'Arrange a sleep study, then plan treatment',
          'Arrange a sleep study now'
        ],
        rationale:
          'Incorrect: RLS is diagnosed from its symptoms, and these already meet the criteria; a sleep study is not needed to make the diagnosis and does not replace the iron and medication review.'
      },
      {
        code: 'family-history-iron-threshold',
        texts: [
          'Offer iron at a higher ferritin cut-off than for other patients',
          'Offer iron at a higher ferritin cut-off, as inherited RLS can need more',
          'Offer iron at a higher ferritin cut-off than usual'
        ],
        rationale:
          'Incorrect: the iron thresholds for RLS (ferritin ≤75 ng/mL or TSAT <20%) are the same whatever the family history.'
      },
      {
        code: 'family-history-agonist',
        texts: [
          'Start pramipexole, as inherited RLS can respond best to an agonist',
          'Start a dopamine agonist as the first treatment',
          'Start pramipexole for the inherited form',
          'Start pramipexole now'
        ],
        rationale:
          'Incorrect: a family history does not change the choice of treatment; AASM 2024 suggests against standard use of dopamine agonists because of augmentation, and α2δ ligands come first.'
      }
    ]
  }
}
