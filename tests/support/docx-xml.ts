/** Read the parts of a .docx (a zip) in tests: document.xml, styles.xml, footers. Uses fflate, which docx itself depends on. */
import { strFromU8, unzipSync } from 'fflate'

export interface DocxParts {
  /** All parts by path inside the zip, as text. */
  parts: Record<string, string>
  document: string
  styles: string
  numbering: string
  /** All footer parts joined. */
  footers: string
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes)
  const parts: Record<string, string> = {}
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) parts[path] = strFromU8(data)
  }
  const footers = Object.entries(parts)
    .filter(([path]) => /^word\/footer\d*\.xml$/.test(path))
    .map(([, xml]) => xml)
    .join('\n')
  return {
    parts,
    document: parts['word/document.xml'] ?? '',
    styles: parts['word/styles.xml'] ?? '',
    numbering: parts['word/numbering.xml'] ?? '',
    footers,
  }
}

/** The visible text of document.xml: the contents of its w:t elements, joined. */
export function documentText(documentXml: string): string {
  return [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('')
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
