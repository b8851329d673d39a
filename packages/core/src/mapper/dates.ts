const digits: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 十, 十一, 二十, 三十一 → numbers (day and month numerals of a 落款). */
function smallNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  if (text.length === 1 && text !== '十') return digits[text] ?? null
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(text)
  if (!m) return null
  return (m[1] ? digits[m[1]]! : 1) * 10 + (m[2] ? digits[m[2]]! : 0)
}

/**
 * Finds a date written as 2022年1月10日 or 二〇二二年一月十日 and returns it as ISO `YYYY-MM-DD`,
 * or null when there is none or it is not a real date.
 */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const arabic = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text)
  const chinese = /([〇零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/.exec(text)
  const m = arabic ?? chinese
  if (!m) return null
  const year = arabic ? Number(m[1]) : Number([...m[1]!].map((c) => digits[c]).join(''))
  const month = smallNumeral(m[2]!)
  const day = smallNumeral(m[3]!)
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCDate() !== day) return null
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { iso, index: m.index, length: m[0].length }
}
