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

// Read 20 (F1#37, MAJOR): the stories no longer rule RLS out in lay words ("no urge to move the
// legs", "no restlessness", "the pain is in the joints themselves, which creak"). Each now gives a
// feature that makes RLS a real contender (the evening, rest, an easing on moving) and leaves the
// decision to the IRLSSG criteria: what relieves it, what provokes it, where it is felt, whether
// it returns at rest. The neuropathy stories (read 18) were judged acceptable and are unchanged.
export const MIMIC_STORIES: Record<MimicId, readonly MimicStory[]> = {
  'leg-cramps': [
    {
      background: '{She} is otherwise well.',
      text: 'Two or three nights a week {she} is woken in the small hours by a sudden, severe pain in one calf, and the muscle feels hard under {her} hand. {She} gets out of bed and stands with {her} weight on that leg, heel pressed to the floor, and within a few minutes it lets go; the calf is sore the next morning. {She} sits through the evenings reading without any trouble from the legs. Examination is normal.'
    },
    {
      // Age-neutral: "taken up hill walking" read oddly at 82 (copy edit, copyK).
      background: '{She} has been on {her} feet more than usual this month.',
      text: 'Several times a month, lying in bed, {she} feels one calf suddenly tighten while the toes are pulled down to a point. It hurts a great deal for a minute or two and eases only once {she} pulls the toes firmly back towards the shin, leaving the muscle tender the next day. Between these episodes {she} lies still in bed comfortably. Examination is normal.'
    }
  ],
  'positional-discomfort': [
    {
      background: '{She} spends long evenings on the sofa.',
      text: 'After sitting with {her} legs crossed or tucked under {her} for a long while in the evening, one leg begins to ache and tingle, and {she} shifts to ease it. Uncrossing the legs or rolling onto {her} back makes it go within a minute, and it stays away while {she} sits on quietly until bedtime. Examination is normal.'
    },
    {
      // Read 20: "works long hours at a desk" read oddly beside a retired patient.
      background: '{She} spends many hours a day at a computer.',
      text: 'Late in the evening, after an hour or more with one leg tucked under the chair, that leg feels heavy and uncomfortable and {she} wants to move it. Bringing the leg out and setting the foot flat on the floor settles it within a minute, and it does not return before bedtime although {she} stays seated. Examination is normal.'
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
      text: 'When {she} sits down in the evening the lower legs feel heavy, full and achy, and the ankles are swollen. Putting {her} feet up on a stool for half an hour eases it; getting up and walking about does not especially help. Bulging, twisting surface vessels stand out on both calves, with pitting oedema at the ankles; sensation and pulses are normal.'
    },
    {
      // Read 10 (P5, Q1#8): "varicose veins" beside the key "Venous disease of the legs" was a
      // clang; the vessels are described, and no word of the key's name is in the stem.
      background:
        '{She} has had bulging, knotted surface vessels on {her} calves since {her} forties.',
      text: 'By the evening, after long periods of standing, the calves feel tight and heavy, worse in hot weather, and sock marks are deep. Sitting in the armchair does not take it away and walking about makes little difference, but lying with the legs raised on pillows for a while does. There is brownish skin staining above both ankles; sensation and pulses are normal.'
    }
  ],
  'arterial-claudication': [
    {
      background: '{She} smokes 20 cigarettes a day.',
      text: 'After walking about 200 metres, sooner uphill, {she} gets a tight, gripping ache in the right calf that forces {him} to stop. Standing still for a couple of minutes relieves it and {she} can walk on. Sitting or lying in the evening, the legs are comfortable. The right foot pulses are weak; sensation is normal.'
    },
    {
      background: '{She} has hypertension and a 40 pack-year smoking history.',
      text: 'A tight ache in both calves comes on predictably after a few hundred metres of brisk walking and fades within minutes of stopping. Evenings in the armchair and nights are symptom-free. Pedal pulses are hard to feel and the ankle-brachial index is 0.6; sensation is normal.'
    }
  ],
  // Read 20 (F1#37): the knees no longer "creak" with "no urge to move". The first story is the
  // evening stiffness after sitting that a few steps loosen, which looks like relief by movement;
  // the second an evening ache while sitting. What settles both is where the pain is (the knees),
  // what worsens it (standing up, the stairs) and what eases it (lying down).
  'arthritis-myalgia': [
    {
      background: '{She} was a keen runner until {her} fifties.',
      text: 'Most evenings, after an hour in the armchair, {her} knees are stiff and achy as {she} gets up, and the first few steps hurt; after a minute of walking they loosen. A longer walk, and above all the stairs up to bed, bring the ache back, and it settles once {she} is lying down. The ache is felt at the front and inner side of both knees. There is tenderness along the inner edge of both knees and crepitus on bending them; sensation and pulses are normal.'
    },
    {
      background: '{She} has been overweight for many years.',
      text: 'In the evening, after a day on {her} feet, {she} feels an aching pain along the inner side of both knees as {she} sits. It is worst when {she} stands up from the chair and on the stairs, and it fades after {she} has been lying in bed for a while; each morning the knees are stiff for about 20 minutes. Crepitus is felt over both knees on bending; sensation and pulses are normal.'
    }
  ],
  // Read 20 (F1#37): "feels no discomfort or urge" named the discriminating feature outright; the
  // stories now show it (the movement stops when noticed, and stillness is comfortable).
  'habitual-foot-tapping': [
    {
      background: '{Her} partner asked {him} to mention it.',
      text: 'The partner points out that {she} jiggles one knee constantly while sitting at the table or watching films in the evening. {She} is barely aware of it; when it is pointed out {she} stops at once and sits on with {her} legs still and comfortable, and {she} sleeps well. Examination is normal.'
    },
    {
      background: 'Colleagues have teased {him} about it.',
      text: '{She} taps one heel through long meetings and in front of the television in the evening. Once {she} notices, {she} can keep still for as long as {she} likes without any unpleasant feeling in the legs, and {her} sleep is unbroken. Examination is normal.'
    }
  ]
}
