// The bank's reference list (clinical brief §7) and the mapping of the source summary's own
// citation numbers [1]–[5] to what they turned out to be (brief §6). Items cite references by id.
// Citations are reproduced as the brief gives them; where the brief gives no DOI/PMID we leave the
// field null rather than invent one. `url` is derived from the DOI (preferred), the PMID or the PMCID.

import { extraReferences } from './references-extra'

export type ReferenceKind = 'guideline' | 'review' | 'study'

export interface Reference {
  id: string
  /** Full citation, Vancouver-style, as verified in the brief. */
  citation: string
  /** Short label for inline display, e.g. "Winkelman et al. (AASM), 2025". */
  short: string
  year: number
  kind: ReferenceKind
  doi: string | null
  pmid: string | null
  /** PubMed Central id, when that is the identifier we could verify. */
  pmcid?: string
  url: string | null
}

type RefInput = Omit<Reference, 'url'>

const refs: RefInput[] = [
  {
    id: 'aasm2024',
    citation:
      'Winkelman JW, Berkowski JA, DelRosso LM, et al. Treatment of restless legs syndrome and periodic limb movement disorder: an American Academy of Sleep Medicine clinical practice guideline. J Clin Sleep Med. 2025;21(1):137–152.',
    short: 'Winkelman et al., AASM guideline (2025)',
    year: 2025,
    kind: 'guideline',
    doi: '10.5664/jcsm.11390',
    pmid: '39324694'
  },
  {
    id: 'irlssg2018',
    citation:
      'Allen RP, Picchietti DL, Auerbach M, et al. Evidence-based and consensus clinical practice guidelines for the iron treatment of restless legs syndrome/Willis-Ekbom disease in adults and children: an IRLSSG task force report. Sleep Med. 2018;41:27–44.',
    short: 'Allen et al., IRLSSG iron guideline (2018)',
    year: 2018,
    kind: 'guideline',
    doi: '10.1016/j.sleep.2017.11.1126',
    pmid: '29425576'
  },
  {
    id: 'silber2021',
    citation:
      'Silber MH, Buchfuhrer MJ, Earley CJ, et al. The management of restless legs syndrome: an updated algorithm. Mayo Clin Proc. 2021;96(7):1921–1937.',
    short: 'Silber et al., Mayo Clin Proc (2021)',
    year: 2021,
    kind: 'guideline',
    doi: null,
    pmid: '34218864'
  },
  {
    id: 'irlssg2014',
    citation:
      'Allen RP, Picchietti DL, Garcia-Borreguero D, et al. Restless legs syndrome/Willis–Ekbom disease diagnostic criteria: updated International Restless Legs Syndrome Study Group (IRLSSG) consensus criteria. Sleep Med. 2014;15(8):860–873.',
    short: 'Allen et al., IRLSSG diagnostic criteria (2014)',
    year: 2014,
    kind: 'guideline',
    doi: '10.1016/j.sleep.2014.03.025',
    pmid: null
  },
  {
    id: 'trenkwalder2005',
    citation:
      'Trenkwalder C, Paulus W, Walters AS. The restless legs syndrome. Lancet Neurol. 2005;4(8):465–475.',
    short: 'Trenkwalder et al., Lancet Neurol (2005)',
    year: 2005,
    kind: 'review',
    doi: '10.1016/S1474-4422(05)70139-3',
    pmid: '16033689'
  },
  {
    id: 'satija2008',
    citation:
      'Satija P, Ondo WG. Restless legs syndrome: pathophysiology, diagnosis and treatment. CNS Drugs. 2008;22(6):497–518.',
    short: 'Satija & Ondo, CNS Drugs (2008)',
    year: 2008,
    kind: 'review',
    doi: null,
    pmid: null
  },
  {
    id: 'trenkwalder2016',
    citation:
      'Trenkwalder C, Allen R, Högl B, Paulus W, Winkelmann J. Restless legs syndrome associated with major diseases: a systematic review and new concept. Neurology. 2016;86(14):1336–1343.',
    short: 'Trenkwalder et al., Neurology (2016)',
    year: 2016,
    kind: 'review',
    doi: '10.1212/WNL.0000000000002542',
    pmid: '26944272'
  },
  {
    id: 'allen2007',
    citation:
      'Allen RP, Earley CJ. The role of iron in restless legs syndrome. Mov Disord. 2007;22(Suppl 18):S440–S448.',
    short: 'Allen & Earley, Mov Disord (2007)',
    year: 2007,
    kind: 'review',
    doi: '10.1002/mds.21607',
    pmid: null
  },
  {
    id: 'earley2006',
    citation:
      'Earley CJ, Barker PB, Horská A, Allen RP. MRI-determined regional brain iron concentrations in early- and late-onset restless legs syndrome. Sleep Med. 2006;7(5):458–461.',
    short: 'Earley et al., Sleep Med (2006)',
    year: 2006,
    kind: 'study',
    doi: null,
    pmid: '16740411'
  },
  {
    id: 'earley2009',
    citation:
      'Earley CJ, Allen RP, Connor JR, Ferrucci L, Troncoso J. The dopaminergic neurons of the A11 system in RLS autopsy brains appear normal. Sleep Med. 2009;10(10):1155–1157.',
    short: 'Earley et al., Sleep Med (2009)',
    year: 2009,
    kind: 'study',
    doi: '10.1016/j.sleep.2009.01.006',
    pmid: '19307154'
  },
  {
    id: 'connor2009',
    citation:
      'Connor JR, Wang XS, Allen RP, et al. Altered dopaminergic profile in the putamen and substantia nigra in restless leg syndrome. Brain. 2009;132(9):2403–2412.',
    short: 'Connor et al., Brain (2009)',
    year: 2009,
    kind: 'study',
    doi: '10.1093/brain/awp125',
    pmid: null
  },
  {
    id: 'earley2011',
    citation:
      'Earley CJ, Kuwabara H, Wong DF, et al. The dopamine transporter is decreased in the striatum of subjects with restless legs syndrome. Sleep. 2011;34(3):341–347.',
    short: 'Earley et al., Sleep (2011)',
    year: 2011,
    kind: 'study',
    doi: null,
    pmid: null
  },
  {
    id: 'earley2013',
    citation:
      'Earley CJ, Kuwabara H, Wong DF, et al. Increased synaptic dopamine in the putamen in restless legs syndrome. Sleep. 2013;36(1):51–57.',
    short: 'Earley et al., Sleep (2013)',
    year: 2013,
    kind: 'study',
    doi: '10.5665/sleep.2300',
    pmid: '23288971'
  },
  {
    id: 'winkelmann2007',
    citation:
      'Winkelmann J, Schormair B, Lichtner P, et al. Genome-wide association study of restless legs syndrome identifies common variants in three genomic regions. Nat Genet. 2007;39(8):1000–1006.',
    short: 'Winkelmann et al., Nat Genet (2007)',
    year: 2007,
    kind: 'study',
    doi: '10.1038/ng2099',
    pmid: '17637780'
  },
  {
    id: 'schormair2008',
    citation:
      'Schormair B, Kemlink D, Roeske D, et al. PTPRD (protein tyrosine phosphatase receptor type delta) is associated with restless legs syndrome. Nat Genet. 2008;40(8):946–948.',
    short: 'Schormair et al., Nat Genet (2008)',
    year: 2008,
    kind: 'study',
    doi: '10.1038/ng.190',
    pmid: '18660810'
  },
  {
    id: 'didriksen2020',
    citation:
      'Didriksen M, Nawaz MS, Dowsett J, et al. Large genome-wide association study identifies three novel risk variants for restless legs syndrome. Commun Biol. 2020;3:703.',
    short: 'Didriksen et al., Commun Biol (2020)',
    year: 2020,
    kind: 'study',
    doi: '10.1038/s42003-020-01430-1',
    pmid: '33239738'
  },
  {
    id: 'schormair2024',
    citation:
      'Schormair B, Zhao C, Bell S, et al. Genome-wide meta-analyses of restless legs syndrome yield insights into genetic architecture, disease biology and risk prediction. Nat Genet. 2024;56(6):1090–1099.',
    short: 'Schormair et al., Nat Genet (2024)',
    year: 2024,
    kind: 'study',
    doi: '10.1038/s41588-024-01763-1',
    pmid: '38839884'
  },
  {
    id: 'manconi2004',
    citation:
      'Manconi M, Govoni V, De Vito A, et al. Restless legs syndrome and pregnancy. Neurology. 2004;63:1065–1069.',
    short: 'Manconi et al., Neurology (2004)',
    year: 2004,
    kind: 'study',
    doi: null,
    pmid: '15452299'
  },
  {
    id: 'hogl2005',
    citation:
      'Högl B, Kiechl S, Willeit J, et al. Restless legs syndrome: a community-based study of prevalence, severity, and risk factors. Neurology. 2005;64(11):1920–1924.',
    short: 'Högl et al., Neurology (2005)',
    year: 2005,
    kind: 'study',
    doi: null,
    pmid: '15955944'
  },
  {
    id: 'ohayon2012',
    citation:
      "Ohayon MM, O'Hara R, Vitiello MV. Epidemiology of restless legs syndrome: a synthesis of the literature. Sleep Med Rev. 2012;16(4):283–295.",
    short: 'Ohayon et al., Sleep Med Rev (2012)',
    year: 2012,
    kind: 'review',
    doi: '10.1016/j.smrv.2011.05.002',
    pmid: '21795081'
  },
  {
    id: 'allen2011',
    citation:
      'Allen RP, Bharmal M, Calloway M. Prevalence and disease burden of primary restless legs syndrome: results of a general population survey in the United States. Mov Disord. 2011;26(1):114–120.',
    short: 'Allen et al., Mov Disord (2011)',
    year: 2011,
    kind: 'study',
    doi: null,
    pmid: '21322022'
  },
  {
    id: 'batoolanwar2016',
    citation:
      'Batool-Anwar S, Li Y, De Vito K, Malhotra A, Winkelman J, Gao X. Lifestyle factors and risk of restless legs syndrome: prospective cohort study. J Clin Sleep Med. 2016;12(2):187–194.',
    short: 'Batool-Anwar et al., J Clin Sleep Med (2016)',
    year: 2016,
    kind: 'study',
    doi: null,
    pmid: null,
    // Verified on PubMed Central (article PMC4751426); DOI and PMID not confirmed, so not recorded.
    pmcid: 'PMC4751426'
  },
  {
    id: 'rottach2008',
    citation:
      'Rottach KG, Schaner BM, Kirch MH, et al. Restless legs syndrome as side effect of second generation antidepressants. J Psychiatr Res. 2008;43(1):70–75.',
    short: 'Rottach et al., J Psychiatr Res (2008)',
    year: 2008,
    kind: 'study',
    doi: '10.1016/j.jpsychires.2008.02.006',
    pmid: '18468624'
  },
  {
    id: 'kolla2018',
    citation:
      'Kolla BP, Mansukhani MP, Bostwick JM. The influence of antidepressants on restless legs syndrome and periodic limb movements: a systematic review. Sleep Med Rev. 2018;38:131–140.',
    short: 'Kolla et al., Sleep Med Rev (2018)',
    year: 2018,
    kind: 'review',
    doi: '10.1016/j.smrv.2017.06.002',
    pmid: '28822709'
  },
  {
    id: 'perezlloret2012',
    citation:
      'Perez-Lloret S, Rey MV, Bondon-Guitton E, Rascol O, Montastruc JL. Drugs associated with restless legs syndrome: a case/noncase study in the French Pharmacovigilance Database. J Clin Psychopharmacol. 2012;32(6):824–827.',
    short: 'Perez-Lloret et al., J Clin Psychopharmacol (2012)',
    year: 2012,
    kind: 'study',
    doi: '10.1097/JCP.0b013e318272cdd8',
    pmid: '23131889'
  },
  {
    id: 'terao1991',
    citation:
      'Terao T, Terao M, Yoshimura R, Abe K. Restless legs syndrome induced by lithium. Biol Psychiatry. 1991;30:1167–1170.',
    short: 'Terao et al., Biol Psychiatry (1991)',
    year: 1991,
    kind: 'study',
    doi: null,
    pmid: null
  },
  {
    id: 'bayard2011',
    citation:
      'Bayard M, Bailey B, Acharya D, et al. Bupropion and restless legs syndrome: a randomized controlled trial. J Am Board Fam Med. 2011;24(4):422–428.',
    short: 'Bayard et al., J Am Board Fam Med (2011)',
    year: 2011,
    kind: 'study',
    doi: '10.3122/jabfm.2011.04.100173',
    pmid: '21737767'
  }
]

function urlFor(ref: RefInput): string | null {
  if (ref.doi) return `https://doi.org/${ref.doi}`
  if (ref.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`
  if (ref.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${ref.pmcid}/`
  return null
}

export const references: readonly Reference[] = [...refs, ...extraReferences].map((r) => ({
  ...r,
  url: urlFor(r)
}))

export const referenceById: ReadonlyMap<string, Reference> = new Map(
  references.map((r) => [r.id, r])
)

// ---------------------------------------------------------------------------------------------
// The source summary's own citation numbers (brief §6).

export type SourceRefStatus = 'verified' | 'probable' | 'unverifiable'

export interface SourceReference {
  /** The number the source summary prints, 1–5. */
  number: 1 | 2 | 3 | 4 | 5
  /** What the number points to, in our words. */
  identity: string
  status: SourceRefStatus
  /** The bank reference it resolves to, or null when it cannot be verified. */
  referenceId: string | null
  /** The label the app shows next to the source's own numbering. */
  label: string
  /** Where the app should send the learner instead (primary sources). */
  note: string
}

export const sourceReferences: readonly SourceReference[] = [
  {
    number: 1,
    identity:
      '"Dopamine\'s Role in Restless Legs Syndrome", Praxis Medical Insights (practical guideline summaries), 2025',
    status: 'unverifiable',
    referenceId: null,
    label: 'secondary summary, not independently verifiable',
    note: 'Not found in any public index. The bank re-cites the primary studies (allen2007, earley2006, connor2009, earley2011, earley2013, aasm2024).'
  },
  {
    number: 2,
    identity: 'Trenkwalder, Paulus & Walters, "The restless legs syndrome", Lancet Neurology 2005',
    status: 'verified',
    referenceId: 'trenkwalder2005',
    label: 'verified',
    note: 'A 2005 review: its genetics and treatment statements are dated (see claims G1, G2).'
  },
  {
    number: 3,
    identity:
      '"Management of Restless Legs Syndrome (RLS)", Praxis Medical Insights (practical guideline summaries), 2025',
    status: 'unverifiable',
    referenceId: null,
    label: 'secondary summary, not independently verifiable',
    note: 'Not found in any public index. The bank re-cites primary sources (winkelmann2007, schormair2008, didriksen2020, trenkwalder2005).'
  },
  {
    number: 4,
    identity:
      'Not listed in the source; the phrases it supports match Satija & Ondo, CNS Drugs 2008',
    status: 'probable',
    referenceId: 'satija2008',
    label: 'identified by content',
    note: 'Probable identity, inferred from matching content.'
  },
  {
    number: 5,
    identity:
      'Not listed in the source; its iron thresholds and list of aggravators match the AASM 2024 guideline',
    status: 'probable',
    referenceId: 'aasm2024',
    label: 'identified by content',
    note: 'Probable identity, inferred from matching content.'
  }
]
