/**
 * Traditional → simplified for the characters of the format's labels and headings, so that
 * mirror pages in traditional characters (政府信息公開工作年度報告) map like the originals.
 * A full converter (OpenCC) weighs hundreds of kilobytes; the labels need only this table.
 */
const pairs = '開开報报資资與与處处理理請请應应機机關关數数據据總总計计結结轉转辦办檢检濟济務务規规範范檔档'

const table = new Map<string, string>()
for (let i = 0; i < pairs.length; i += 2) table.set(pairs[i]!, pairs[i + 1]!)

export function toSimplified(text: string): string {
  let out = ''
  for (const ch of text) out += table.get(ch) ?? ch
  return out
}
