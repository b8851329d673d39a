import type { AdapterContext, SourceDocument } from '@zfxxgk/core'
import { createDocumentReader } from './body/document-reader.js'
import { detectContainer, notZipProblem } from './container.js'
import { emptyNumbering, readNumbering } from './numbering/definitions.js'
import { createListLabeler } from './numbering/list-labels.js'
import { readStyles, type ParagraphStyles } from './numbering/styles.js'
import type { DocxLimits } from './options.js'
import { readTitle } from './package/core-properties.js'
import { readRelationships, relationshipsPartOf } from './package/relationships.js'
import { reportProblem, type DocxProblem } from './problem.js'
import { parsePart } from './xml/parse-part.js'
import { readCentralDirectory, type ZipEntry } from './zip/central-directory.js'

const defaultMainPart = 'word/document.xml'
/** Problems that mark a hostile or broken package wherever they occur: stop reading. */
const stopping = new Set(['xml-doctype', 'too-large', 'inflated-too-large', 'encrypted', 'too-many-entries'])

/**
 * Reads a .docx: checks the container and the ZIP's declared sizes, finds the main part through
 * `_rels/.rels`, reads list definitions and styles for automatic numbering, then streams the
 * body. Every problem becomes a diagnostic; a fatal one leaves the document empty.
 */
export function parseDocx(bytes: Uint8Array, context: AdapterContext, limits: DocxLimits): SourceDocument {
  const document: SourceDocument = { format: 'docx', blocks: [] }
  const fail = (problem: DocxProblem) => {
    reportProblem(context, problem)
    return document
  }
  const container = detectContainer(bytes)
  if (container !== 'zip') return fail(notZipProblem(bytes, container))
  const entries = readCentralDirectory(bytes, limits)
  if (!(entries instanceof Map)) return fail(entries)

  const packageRelationships = readIfPresent(entries, '_rels/.rels', (entry) => readRelationships(bytes, entry, '', limits.maxPartSize))
  if (isProblem(packageRelationships)) return fail(packageRelationships)
  const mainPart = packageRelationships?.get('officeDocument') ?? defaultMainPart
  const mainEntry = entries.get(mainPart)
  if (!mainEntry) {
    return fail({ messageId: 'missing-main-part', data: { reason: `${mainPart} not found / 未找到 ${mainPart}` } })
  }

  const partRelationships = readIfPresent(entries, relationshipsPartOf(mainPart), (entry) =>
    readRelationships(bytes, entry, mainPart, limits.maxPartSize),
  )
  if (isProblem(partRelationships)) return fail(partRelationships)
  const numbering = readAuxiliary(context, bytes, entries, partRelationships?.get('numbering'), limits, readNumbering)
  if (isProblem(numbering)) return fail(numbering)
  // Styles matter here only for the list numbering they carry: without lists, they are not read.
  const stylesPart = numbering && numbering.instances.size > 0 ? partRelationships?.get('styles') : undefined
  const styles = readAuxiliary(context, bytes, entries, stylesPart, limits, readStyles)
  if (isProblem(styles)) return fail(styles)

  const title = readAuxiliary(context, bytes, entries, packageRelationships?.get('core-properties'), limits, readTitle)
  if (isProblem(title)) return fail(title)

  const reader = createDocumentReader(createListLabeler(numbering ?? emptyNumbering(), styles ?? (new Map() as ParagraphStyles)))
  const problem = parsePart(bytes, mainEntry, limits.maxPartSize, reader.handlers, { prose: true })
  if (problem) return fail(problem)
  const { blocks, problems } = reader.finish()
  for (const found of problems) reportProblem(context, found)
  // Nothing read from a well-formed part: an empty body, or one whose namespace is not Word's
  // (a damaged URI). Said here, rather than left for an empty document to explain itself.
  if (blocks.length === 0) return fail({ messageId: 'empty-body', data: { part: mainPart } })
  document.blocks = blocks
  if (title) document.pageMeta = { title }
  return document
}

function isProblem(value: unknown): value is DocxProblem {
  return typeof value === 'object' && value !== null && 'messageId' in value
}

function readIfPresent<T>(entries: Map<string, ZipEntry>, name: string, read: (entry: ZipEntry) => T | DocxProblem): T | DocxProblem | undefined {
  const entry = entries.get(name)
  return entry ? read(entry) : undefined
}

/**
 * Numbering, styles and properties only add list numbers and a title: a damaged one is a warning and reading goes on,
 * but a hostile one (DOCTYPE, bomb) stops the whole file.
 */
function readAuxiliary<T>(
  context: AdapterContext,
  bytes: Uint8Array,
  entries: Map<string, ZipEntry>,
  part: string | undefined,
  limits: DocxLimits,
  read: (bytes: Uint8Array, entry: ZipEntry, maxSize: number) => T | DocxProblem,
): T | DocxProblem | undefined {
  const entry = part === undefined ? undefined : entries.get(part)
  if (!entry) return undefined
  const result = read(bytes, entry, limits.maxPartSize)
  if (!isProblem(result)) return result as T
  if (stopping.has(result.messageId)) return result
  reportProblem(context, { messageId: 'part-unreadable', data: { part: entry.name, reason: result.messageId } })
  return undefined
}
