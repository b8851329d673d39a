// Makes the .docx fixtures of packages/adapters/test/fixtures/docx with a real word processor
// (LibreOffice, `soffice --headless`). Run: pnpm exec tsx scripts/docx-fixtures/make-fixtures.ts
// Needs LibreOffice Writer (Debian: libreoffice-writer). The tests read only the committed files.
//
// What it makes, and how:
//  - <page>.docx: each real HTML report of test/fixtures/html converted by LibreOffice
//    (HTML rowspan → w:vMerge restart/continue, colspan → w:gridSpan); expected JSON copied.
//  - seed-<id>.docx: each text seed's expected model rendered as an HTML page in the official
//    layout (render-seed-html.ts), then converted by LibreOffice; expected JSON copied.
//  - numbered-headings.docx: sample-2025-minimal with the ordinals (一、 … 六、, （一）（二）)
//    removed from the text and given instead by Word list numbering (chineseCounting, `%1、` and
//    `（%2）`) added to numbering.xml by this script, then opened and saved again by LibreOffice
//    so that the file on disk is the word processor's own writing.
//  - template-2021-blank.docx: the blank official template, copied as published (TEMPLATE_DOCX=path).
//  - sample-2025-minimal.doc: the same page saved as Word 97-2003 by LibreOffice, for the .doc decision.
//  - encrypted.docx: sample-2025-minimal.docx with an open password (ECMA-376 agile encryption, an
//    OLE compound file with EncryptionInfo/EncryptedPackage), made with the npm package
//    officecrypto-tool when OFFICECRYPTO_DIR names a folder where it is installed
//    (`npm install officecrypto-tool@0.0.19` there); LibreOffice 7.4's headless export cannot set one.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderSeedHtml } from './render-seed-html.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fflate = createRequire(join(root, 'packages/adapters/package.json'))('fflate') as typeof import('fflate')
const fixtures = join(root, 'packages/adapters/test/fixtures')
const out = join(fixtures, 'docx')
const work = mkdtempSync(join(tmpdir(), 'docx-fixtures-'))
// The blank official template is copied as published from TEMPLATE_DOCX when given; else the committed copy stays.
const templateSource = process.env['TEMPLATE_DOCX']
mkdirSync(out, { recursive: true })

const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`

function soffice(file: string, filter: string, outdir: string): string {
  mkdirSync(outdir, { recursive: true })
  execFileSync('soffice', ['--headless', '--convert-to', filter, '--outdir', outdir, file], { stdio: 'pipe' })
  const ext = filter.split(':')[0]!
  const made = join(outdir, basename(file).replace(/\.[^.]+$/, `.${ext}`))
  if (!existsSync(made)) throw new Error(`soffice did not make ${made}`)
  return made
}

const toDocx = (html: string, outdir = work) => soffice(html, 'docx:MS Word 2007 XML', outdir)

// 1. The real HTML pages.
const pages = ['pingtan-2024', 'pingtan-2025', 'shanghai-office-2019', 'sample-2025-minimal']
for (const page of pages) {
  copyFileSync(toDocx(join(fixtures, 'html', `${page}.html`)), join(out, `${page}.docx`))
  copyFileSync(join(fixtures, 'html', `${page}.expected.json`), join(out, `${page}.expected.json`))
}

// 2. The seeds, rendered to HTML in the official layout.
for (const file of readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.expected.json'))) {
  const id = file.replace('.expected.json', '')
  const html = join(work, `seed-${id}.html`)
  writeFileSync(html, renderSeedHtml(JSON.parse(readFileSync(join(fixtures, 'seeds', file), 'utf8'))))
  copyFileSync(toDocx(html), join(out, `seed-${id}.docx`))
  copyFileSync(join(fixtures, 'seeds', file), join(out, `seed-${id}.expected.json`))
}

// 3. Headings numbered by Word lists, not by their text.
const headingLevels = new Map<string, number>()
let page = readFileSync(join(fixtures, 'html', 'sample-2025-minimal.html'), 'utf8')
page = page.replace(/<p>([一二三四五六])、([^<]+)<\/p>/g, (_, __, text: string) => {
  headingLevels.set(text, 0)
  return `<p>${text}</p>`
})
page = page.replace(/<p>（[一二三四五六]）([^<]+)<\/p>/g, (_, text: string) => {
  headingLevels.set(text, 1)
  return `<p>${text}</p>`
})
if (headingLevels.size !== 8) throw new Error(`expected 6 headings and 2 sub-headings, found ${headingLevels.size}`)
const stripped = join(work, 'numbered-headings.html')
writeFileSync(stripped, page)
const plain = fflate.unzipSync(readFileSync(toDocx(stripped)))
plain['word/document.xml'] = fflate.strToU8(addNumbering(fflate.strFromU8(plain['word/document.xml']!), headingLevels))
plain['word/numbering.xml'] = fflate.strToU8(numberingXml)
plain['word/_rels/document.xml.rels'] = fflate.strToU8(
  fflate.strFromU8(plain['word/_rels/document.xml.rels']!).replace(
    '</Relationships>',
    '<Relationship Id="rIdNumbering1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  ),
)
plain['[Content_Types].xml'] = fflate.strToU8(
  fflate.strFromU8(plain['[Content_Types].xml']!).replace(
    '</Types>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  ),
)
const edited = join(work, 'edited', 'numbered-headings.docx')
mkdirSync(join(work, 'edited'), { recursive: true })
writeFileSync(edited, fflate.zipSync(plain))
const resaved = toDocx(edited, join(work, 'resaved'))
// LibreOffice's own text export must show the numbers, or the numbering did not take.
const text = readFileSync(soffice(resaved, 'txt:Text (encoded):UTF8', join(work, 'text')), 'utf8')
for (const heading of [/一、\s*总体情况/, /六、\s*其他需要报告的事项/, /（二）\s*依申请公开/]) {
  if (!heading.test(text)) throw new Error(`LibreOffice does not render ${heading} in numbered-headings.docx:\n${text.slice(0, 800)}`)
}
copyFileSync(resaved, join(out, 'numbered-headings.docx'))
copyFileSync(join(fixtures, 'html', 'sample-2025-minimal.expected.json'), join(out, 'numbered-headings.expected.json'))

// 4. The blank official template, as published.
if (templateSource && existsSync(templateSource)) copyFileSync(templateSource, join(out, 'template-2021-blank.docx'))

// 5. Word 97-2003, for the legacy .doc trial and its diagnostic.
copyFileSync(soffice(join(fixtures, 'html', 'sample-2025-minimal.html'), 'doc:MS Word 97', join(work, 'doc')), join(out, 'sample-2025-minimal.doc'))

// 6. A password-protected .docx (optional tool, see the header).
const cryptoDir = process.env['OFFICECRYPTO_DIR']
if (cryptoDir) {
  const officeCrypto = createRequire(join(cryptoDir, 'package.json'))('officecrypto-tool') as {
    encrypt(input: Buffer, options: { password: string }): Buffer
    decrypt(input: Buffer, options: { password: string }): Promise<Buffer>
  }
  const plainDocx = readFileSync(join(out, 'sample-2025-minimal.docx'))
  const encrypted = officeCrypto.encrypt(plainDocx, { password: 'zfxxgk' })
  if (!(await officeCrypto.decrypt(encrypted, { password: 'zfxxgk' })).equals(plainDocx)) throw new Error('encryption does not round-trip')
  writeFileSync(join(out, 'encrypted.docx'), encrypted)
}

console.log(`fixtures written to ${out}`)

function addNumbering(xml: string, levels: Map<string, number>): string {
  let count = 0
  const result = xml.replace(/<w:p(?: [^>]*)?>.*?<\/w:p>/gs, (paragraph) => {
    const text = [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    const level = levels.get(text)
    if (level === undefined) return paragraph
    count++
    const numPr = `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`
    if (paragraph.includes('<w:pPr>')) {
      return paragraph.includes('<w:pStyle ')
        ? paragraph.replace(/(<w:pStyle [^>]*\/>)/, `$1${numPr}`)
        : paragraph.replace('<w:pPr>', `<w:pPr>${numPr}`)
    }
    return paragraph.replace(/(<w:p(?: [^>]*)?>)/, `$1<w:pPr>${numPr}</w:pPr>`)
  })
  if (count !== levels.size) throw new Error(`numbered ${count} paragraphs, expected ${levels.size}`)
  return result
}
