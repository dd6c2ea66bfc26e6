// References added with the issue-13 case templates (special populations). Same shape as the
// entries in references.ts, which merges this list in. Only details confirmed in a public index
// are recorded: where no DOI or PMID was confirmed the field is null rather than guessed.
import type { Reference } from './references'

export const extraReferences: Omit<Reference, 'url'>[] = [
  {
    id: 'picchietti2013',
    citation:
      'Picchietti DL, Bruni O, de Weerd A, et al. Pediatric restless legs syndrome diagnostic criteria: an update by the International Restless Legs Syndrome Study Group. Sleep Med. 2013;14(12):1253–1259.',
    short: 'Picchietti et al., IRLSSG paediatric criteria (2013)',
    year: 2013,
    kind: 'guideline',
    doi: '10.1016/j.sleep.2013.08.778',
    pmid: null
  },
  {
    id: 'picchietti2015',
    citation:
      'Picchietti DL, Hensley JG, Bainbridge JL, et al. Consensus clinical practice guidelines for the diagnosis and treatment of restless legs syndrome/Willis-Ekbom disease during pregnancy and lactation. Sleep Med Rev. 2015;22:64–77.',
    short: 'Picchietti et al., RLS in pregnancy and lactation guideline (2015)',
    year: 2015,
    kind: 'guideline',
    doi: null,
    pmid: null
  }
]
