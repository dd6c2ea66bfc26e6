// How a patient with each RLS mimic tells the story (brief §4), two phrasings each. Every story
// carries the mimic's discriminating feature and its own examination finding, and nothing that
// would also fit another option, because the item's single best answer rests on that feature.
import type { MimicId } from '../../content/mimics'

export interface MimicStory {
  /** Context line that sets the scene (history, drug change). `{drug}` is filled for akathisia. */
  background: string
  text: string
}

export const AKATHISIA_DRUGS = [
  { drug: 'haloperidol', why: 'for an acute psychotic episode', change: 'increased' },
  { drug: 'risperidone', why: 'for schizophrenia', change: 'increased' },
  { drug: 'metoclopramide', why: 'for nausea after chemotherapy', change: 'started' }
] as const

export const MIMIC_STORIES: Record<MimicId, readonly MimicStory[]> = {
  'leg-cramps': [
    {
      background: '{She} is otherwise well.',
      text: 'Two or three nights a week {she} is woken by a sudden, rock-hard and very painful tightening of one calf that lasts a few minutes. It lets go only when {she} stands and pulls {her} toes firmly up towards the shin. Between attacks the legs feel normal and there is no urge to move them. Examination is normal.'
    },
    {
      // Age-neutral: "taken up hill walking" read oddly at 82 (copy edit, copyK).
      background: '{She} has been on {her} feet more than usual this month.',
      text: 'Several times a month the calf or the sole of one foot seizes into a painful knot in the small hours, leaving the muscle tender the next day. Only a forceful stretch of the muscle releases it; between episodes {she} feels no restlessness at all. Examination is normal.'
    }
  ],
  'positional-discomfort': [
    {
      background: '{She} spends long evenings on the sofa.',
      text: 'After sitting cross-legged or lying on one side for a long time, one leg starts to ache and tingle. Uncrossing the legs or rolling over makes it go, and it does not come back while {she} then stays still. There is no urge to keep moving. Examination is normal.'
    },
    {
      background: '{She} works long hours at a desk.',
      text: 'After long stretches with one leg tucked under the chair, that leg feels uncomfortable and heavy. Uncrossing the legs or changing posture once settles it for the rest of the evening, and {she} has no need to get up or keep moving. Examination is normal.'
    }
  ],
  akathisia: [
    {
      background: 'Ten days ago {her} {drug} was {change} {why}.',
      text: 'Since then {she} has felt a constant inner restlessness throughout the body, rocks from foot to foot when standing and paces the corridor for much of the day as well as the evening. The legs are no worse than the rest of {him}, and mornings are as bad as nights. Examination is otherwise normal.'
    },
    {
      background: 'A week ago {her} {drug} was {change} {why}.',
      text: 'Since then {she} cannot sit through a meal or a conversation: {she} shifts in the chair, crosses and uncrosses {her} legs and gets up to pace, from morning to night. {She} describes a tense, jittery feeling "all over" rather than anything in the legs. Examination is otherwise normal.'
    }
  ],
  // Read 18 (F1#30): "There is no urge to move" ruled RLS out before the options were read. The
  // stories now give a feature that makes RLS a real contender (the feet are moved at night
  // because they burn), and the discriminating features do the work: no relief from moving, the
  // burning by day, and the sensory signs.
  'peripheral-neuropathy': [
    {
      background: '{She} has had type 2 diabetes for 15 years, treated with metformin.',
      text: 'For two years {she} has had burning and numbness in both feet, now reaching the lower shins like a pair of socks. At night {she} moves {her} feet about under the covers because they burn, but the burning is present through the day as well, and walking about makes no difference. Examination shows reduced pinprick and vibration sense to mid-shin and absent ankle reflexes.'
    },
    {
      background: '{She} has had type 2 diabetes for over a decade.',
      text: '{She} describes burning, pins and needles and a "walking on cotton wool" feeling in both feet that has crept up to the ankles. In bed {she} shifts {her} feet to find a cool spot on the sheet; the feeling is there by day as well, and moving or walking does not ease it. Vibration sense is lost at the toes and pinprick is reduced in a stocking distribution.'
    }
  ],
  'venous-stasis': [
    {
      // Read 16 (155303 #19): "a long working day" beside a retired lecturer; true at any age.
      background: '{She} spends most of the day on {her} feet.',
      text: 'By the end of the day the lower legs feel heavy, full and achy, and the ankles are swollen. Putting {her} feet up on a stool for half an hour eases it; walking about does not especially help, and there is no urge to move. Bulging, twisting surface vessels stand out on both calves, with pitting oedema at the ankles; sensation and pulses are normal.'
    },
    {
      // Read 10 (P5, Q1#8): "varicose veins" beside the key "Venous disease of the legs" was a
      // clang; the vessels are described, and no word of the key's name is in the stem.
      background:
        '{She} has had bulging, knotted surface vessels on {her} calves since {her} forties.',
      text: 'The calves feel tight and heavy after long periods of standing, worse in hot weather, and sock marks are deep by evening. Lying with the legs raised on pillows brings relief; there is no restlessness. There is brownish skin staining above both ankles; sensation and pulses are normal.'
    }
  ],
  'arterial-claudication': [
    {
      background: '{She} smokes 20 cigarettes a day.',
      text: 'After walking about 200 metres, sooner uphill, {she} gets a tight, gripping ache in the right calf that forces {him} to stop. Standing still for a couple of minutes relieves it and {she} can walk on. It never comes on while {she} sits or lies in the evening. The right foot pulses are weak; sensation is normal.'
    },
    {
      background: '{She} has hypertension and a 40 pack-year smoking history.',
      text: 'A tight ache in both calves comes on predictably after a few hundred metres of brisk walking and fades within minutes of stopping. Evenings in the armchair and nights are symptom-free. Pedal pulses are hard to feel and the ankle-brachial index is 0.6; sensation is normal.'
    }
  ],
  'arthritis-myalgia': [
    {
      background: '{She} was a keen runner until {her} fifties.',
      text: 'Both knees ache and feel stiff, worst on stairs and after a day on {her} feet; the pain is in the joints themselves, which creak when they bend. Sitting down eases it, and there is no urge to move the legs in the evening. The knees show bony enlargement and crepitus; sensation and pulses are normal.'
    },
    {
      background: '{She} has been overweight for many years.',
      text: 'An aching pain sits along the joint line of both knees, worse with weight-bearing and when first getting up, with morning stiffness for about 20 minutes. Rest relieves it, and there is no restlessness. The knees show crepitus and small effusions; sensation and pulses are normal.'
    }
  ],
  'habitual-foot-tapping': [
    {
      background: '{Her} partner asked {him} to mention it.',
      text: 'The partner points out that {she} jiggles one knee constantly while sitting at the table or watching films. {She} is barely aware of it, feels no discomfort or urge, sleeps well and is not bothered by it. Examination is normal.'
    },
    {
      background: 'Colleagues have teased {him} about it.',
      text: '{She} taps one heel through long meetings. When asked, {she} reports no unpleasant sensation, no urge to move and no trouble sleeping, and {she} can stop easily once {she} notices. Examination is normal.'
    }
  ]
}
