// Full citations for an item's references, with DOI and PubMed links. Links open through the app
// (the system browser in Electron); only https: addresses are ever offered.
import type { MouseEvent, ReactElement } from 'react'
import { referenceById } from '../../../../questions/content'
import { useAppStore } from '../../store'

const isHttps = (url: string): boolean => url.startsWith('https://')

export function ReferenceList({ ids }: { ids: readonly string[] }): ReactElement | null {
  const openReference = useAppStore((s) => s.openReference)
  if (ids.length === 0) return null
  const open = (url: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    if (isHttps(url)) void openReference(url)
  }
  return (
    <ol className="reference-list">
      {ids.map((id) => {
        const ref = referenceById.get(id)
        if (!ref) return <li key={id}>{id}</li>
        const doiUrl = ref.doi ? `https://doi.org/${encodeURI(ref.doi)}` : null
        const pmidUrl = ref.pmid
          ? `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(ref.pmid)}/`
          : null
        return (
          <li key={id}>
            <span className="citation">{ref.citation}</span>
            {(doiUrl || pmidUrl) && (
              <span className="reference-links">
                {doiUrl && (
                  <a href={doiUrl} onClick={open(doiUrl)} rel="noopener noreferrer">
                    DOI {ref.doi}
                    <span className="visually-hidden"> (opens in your browser)</span>
                  </a>
                )}
                {pmidUrl && (
                  <a href={pmidUrl} onClick={open(pmidUrl)} rel="noopener noreferrer">
                    PubMed {ref.pmid}
                    <span className="visually-hidden"> (opens in your browser)</span>
                  </a>
                )}
              </span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
