import type { Block } from '@zfxxgk/core'
import type { DocxProblem } from '../problem.js'
import type { ListLabeler, ParagraphNumbering } from '../numbering/list-labels.js'
import type { Attributes } from '../xml/attributes.js'
import { attribute } from '../xml/names.js'
import type { XmlHandlers } from '../xml/parse-part.js'
import { buildGrid } from './build-grid.js'
import { fieldChar, newFieldState } from './fields.js'
import { hidesRun, readCellProperty, readParagraphProperty, readRowProperty } from './properties.js'
import { runElementText, skippedElements } from './run-text.js'
import { newCell, newRow, tableAsText, type WordCell, type WordRow } from './word-table.js'

interface ParagraphState extends ParagraphNumbering {
  /** The text so far: runs are appended as they come (cheap rope concatenation in engines). */
  text: string
}

interface TableState {
  index: number
  rows: WordRow[]
  row?: WordRow
  cell?: WordCell
}

/** Property subtrees read for a few facts only; everything else inside them is ignored. */
type Mode = 'content' | 'paragraph-properties' | 'run-properties' | 'row-properties' | 'cell-properties'

/**
 * The state machine over `word/document.xml` events: body paragraphs in reading order (with
 * their list numbers rendered), tables (nested tables read into their cell), text from runs only
 * (`w:tab` in `w:pPr/w:tabs` is a tab stop, not text), deleted text and field codes skipped,
 * content controls and markup-compatibility wrappers read once.
 */
export function createDocumentReader(labelOf: ListLabeler | undefined): { handlers: XmlHandlers; finish(): { blocks: Block[]; problems: DocxProblem[] } } {
  const blocks: Block[] = []
  const problems: DocxProblem[] = []
  const paragraphs: ParagraphState[] = []
  const tables: TableState[] = []
  const alternates: boolean[] = []
  const fields = newFieldState()
  let mode: Mode = 'content'
  /** Open elements read inside the current property subtree, below its root. */
  let propertyDepth = 0
  let inRun = false
  let runHidden = false
  let inText = false
  let bodyParagraphs = 0
  let tableCount = 0

  function enterMode(next: Mode): void {
    mode = next
    propertyDepth = 0
  }

  function cellOf(table: TableState): WordCell {
    if (!table.row) table.rows.push((table.row = newRow()))
    if (!table.cell) table.row.cells.push((table.cell = newCell()))
    return table.cell
  }

  /** Reads one element of a property subtree; false for one that is not read (skipped with its subtree). */
  function openProperty(name: string, attributes: Attributes, qualified: string): boolean {
    if (mode === 'paragraph-properties') {
      const paragraph = paragraphs[paragraphs.length - 1]
      return paragraph !== undefined && readParagraphProperty(paragraph, name, attributes, qualified)
    }
    if (mode === 'run-properties') {
      const hides = hidesRun(name, attributes, qualified)
      if (hides) runHidden = true
      return hides !== undefined
    }
    if (mode === 'row-properties') {
      const row = tables[tables.length - 1]?.row
      return row !== undefined && readRowProperty(row, name, attributes, qualified)
    }
    const cell = tables[tables.length - 1]?.cell
    return cell !== undefined && readCellProperty(cell, name, attributes, qualified)
  }

  /** Returns true to have the element skipped with its content (its close is then not reported either). */
  function open(name: string, attributes: Attributes, qualified: string): boolean {
    if (mode !== 'content') {
      // Inside properties only the few facts read are looked at (`w:del` here marks a deleted row);
      // anything else, tracked-change history included, is skipped with its subtree.
      if (!openProperty(name, attributes, qualified)) return true
      propertyDepth++
      return false
    }
    // Cases in order of frequency: runs and their properties and text come first.
    switch (name) {
      case 'w:r':
        inRun = true
        runHidden = false
        return false
      case 'w:rPr':
        if (!inRun) return true
        enterMode('run-properties')
        return false
      case 'w:t':
        inText = inRun && !runHidden && fields.codes === 0
        return false
      case 'w:p':
        // Every field from the start: paragraphs with and without list properties keep one shape.
        paragraphs.push({ text: '', numId: undefined, ilvl: undefined, styleId: undefined })
        return false
      case 'w:pPr':
        // Paragraph properties are read for list numbering only.
        if (!labelOf) return true
        enterMode('paragraph-properties')
        return false
      case 'w:fldChar':
        fieldChar(fields, attribute(attributes, qualified, 'fldCharType'))
        return false
      case 'w:tbl':
        tables.push({ index: tables.length === 0 ? ++tableCount : 0, rows: [] })
        return false
      case 'w:tr': {
        const table = tables[tables.length - 1]
        if (table) {
          table.rows.push((table.row = newRow()))
          table.cell = undefined
        }
        return false
      }
      case 'w:trPr':
        enterMode('row-properties')
        return false
      case 'w:tc': {
        const table = tables[tables.length - 1]
        if (table) {
          table.cell = undefined
          cellOf(table)
        }
        return false
      }
      case 'w:tcPr':
        enterMode('cell-properties')
        return false
      case 'mc:AlternateContent':
        alternates.push(false)
        return false
      case 'mc:Choice':
      case 'mc:Fallback':
        // Take the first branch only: the others render the same content for other readers.
        if (alternates[alternates.length - 1]) return true
        alternates[alternates.length - 1] = true
        return false
      default:
        if (skippedElements.has(name)) return true
        if (inRun && !runHidden && fields.codes === 0) {
          const text = runElementText(name, attributes, qualified)
          const paragraph = paragraphs[paragraphs.length - 1]
          if (text !== undefined && paragraph) paragraph.text += text
        }
        return false
    }
  }

  function close(name: string): void {
    if (mode !== 'content') {
      if (propertyDepth === 0) mode = 'content'
      else propertyDepth--
      return
    }
    switch (name) {
      case 'w:t':
        inText = false
        return
      case 'w:r':
        inRun = false
        runHidden = false
        return
      case 'w:p':
        closeParagraph()
        return
      case 'w:tc': {
        const table = tables[tables.length - 1]
        if (table) table.cell = undefined
        return
      }
      case 'w:tr': {
        const table = tables[tables.length - 1]
        if (table) table.row = table.cell = undefined
        return
      }
      case 'w:tbl':
        closeTable()
        return
      case 'mc:AlternateContent':
        alternates.pop()
        return
    }
  }

  function closeParagraph(): void {
    const paragraph = paragraphs.pop()
    if (!paragraph) return
    // Only a paragraph with a list of its own, or with a style when styles carry lists, has a number.
    const listed = labelOf !== undefined && (paragraph.numId !== undefined || (labelOf.stylesNumber && paragraph.styleId !== undefined))
    const text = listed ? labelOf(paragraph) + paragraph.text : paragraph.text
    const parent = paragraphs[paragraphs.length - 1]
    const table = tables[tables.length - 1]
    if (parent) {
      // A text box inside a paragraph: its lines join the paragraph that anchors it.
      if (text.trim() !== '') parent.text += `${text}\n`
    } else if (table) {
      cellOf(table).paragraphs.push(text)
    } else {
      bodyParagraphs++
      if (text.trim() !== '') blocks.push({ kind: 'paragraph', text, location: { paragraph: bodyParagraphs } })
    }
  }

  function closeTable(): void {
    const table = tables.pop()
    if (!table) return
    const parent = tables[tables.length - 1]
    if (parent) {
      const cell = cellOf(parent)
      cell.paragraphs.push(tableAsText(table.rows))
      cell.nestedTables++
      return
    }
    const { table: block, problems: found } = buildGrid(table.rows, table.index)
    blocks.push(block)
    problems.push(...found)
  }

  return {
    handlers: {
      open,
      close,
      text(text) {
        if (!inText) return
        const paragraph = paragraphs[paragraphs.length - 1]
        if (paragraph) paragraph.text += text
      },
    },
    finish: () => ({ blocks, problems }),
  }
}
