/**
 * Traditional → simplified for the characters of the format's labels, headings and page
 * metadata, so that mirror pages in traditional characters (政府信息公開工作年度報告, 發佈機構)
 * map like the originals. A full converter (OpenCC) weighs hundreds of kilobytes; the labels
 * need only this table. Pairs are written traditional-then-simplified.
 */
const pairs = [
  '開开報报資资與与處处請请應应機机關关數数據据總总計计結结轉转辦办檢检濟济務务規规範范檔档',
  '係系為为爲为於于項项況况組组織织內内條条復复複复議议訴诉訟讼號号發发佈布構构時时間间題题類类',
  '稱称單单萬万納纳問问進进廳厅鎮镇鄉乡縣县區区員员會会製制對对許许減减決决罰罚強强業业費费採采',
  '購购額额廢废現现這这屬属國国穩稳護护權权過过執执詢询無无沒没補补後后確确訪访舉举當当認认獲获',
  '繳缴繼继續续維维糾纠審审經经體体動动級级網网門门戶户實实際际個个們们來来準准聯联響响證证書书',
  '勞劳衛卫環环負负責责鬥斗優优質质達达選选圍围隊队擔担傳传導导態态兩两並并壓压紮扎',
  '統统編编顯显還还華华測测試试綜综驗验記记義义學学習习產产營营設设標标運运專专歸归論论評评稅税',
  '東东見见從从將将則则適适僅仅雙双線线歷历頁页讀读領领層层廣广視视種种參参滿满釋释積积極极場场',
].join('')

// Every pair lies in the CJK Unified Ideographs block: a table indexed by code unit finds a
// traditional form in one step per character (a regular expression of all of them was ~8× slower).
const first = 0x4e00
const simplifiedOf = new Uint16Array(0x9fff - first + 1)
for (let i = 0; i < pairs.length; i += 2) simplifiedOf[pairs.charCodeAt(i) - first] = pairs.charCodeAt(i + 1)

/** 覆 is simplified too (覆盖); only in these words does it stand for 复 (4.無正當理由大量反覆申請). */
const words = /(反|答|回|批)覆/g

export function toSimplified(text: string): string {
  let out = text
  for (let i = 0; i < text.length; i++) {
    if (simplifiedAt(text, i) !== 0) {
      out = convertFrom(text, i)
      break
    }
  }
  return out.includes('覆') ? out.replace(words, '$1复') : out
}

function simplifiedAt(text: string, i: number): number {
  const index = text.charCodeAt(i) - first
  return index >= 0 && index < simplifiedOf.length ? simplifiedOf[index]! : 0
}

function convertFrom(text: string, start: number): string {
  // Copied a run at a time between the traditional characters.
  let out = text.slice(0, start)
  let runStart = start
  for (let i = start; i < text.length; i++) {
    const simplified = simplifiedAt(text, i)
    if (simplified === 0) continue
    out += text.slice(runStart, i) + String.fromCharCode(simplified)
    runStart = i + 1
  }
  return out + text.slice(runStart)
}
