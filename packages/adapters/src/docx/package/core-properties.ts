import type { DocxProblem } from '../problem.js'
import type { ZipEntry } from '../zip/central-directory.js'
import { parsePart } from '../xml/parse-part.js'

/**
 * The document's title property (`docProps/core.xml`, `dc:title`): Word fills it from the first
 * heading or the user, LibreOffice from an HTML `<title>`. It is page metadata, like an HTML title.
 */
export function readTitle(bytes: Uint8Array, entry: ZipEntry, maxSize: number): string | undefined | DocxProblem {
  let inTitle = false
  let title = ''
  const problem = parsePart(bytes, entry, maxSize, {
    open(name) {
      inTitle = name === 'dc:title'
    },
    close() {
      inTitle = false
    },
    text(text) {
      if (inTitle) title += text
    },
  })
  if (problem) return problem
  return title.trim() === '' ? undefined : title.trim()
}
