const chineseDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const chineseLegalDigits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const heavenlyStems = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸']
const earthlyBranches = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥']
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/**
 * A list counter as Word renders it for a `w:numFmt` value (ECMA-376 §17.18.59). Chinese
 * counting (一、十一、二十) is what 政府信息公开 reports number their sections with.
 */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
      return ''
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(value, chineseDigits, ['', '十', '百', '千'])
    case 'chineseLegalSimplified':
      return chineseCounting(value, chineseLegalDigits, ['', '拾', '佰', '仟'], true)
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(value).replace(/\d/g, (d) => chineseDigits[Number(d)]!)
    case 'ideographTraditional':
      return cyclic(value, heavenlyStems)
    case 'ideographZodiac':
      return cyclic(value, earthlyBranches)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? circled[value - 1]! : String(value)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value)
    case 'lowerLetter':
      return letters(value).toLowerCase()
    case 'upperLetter':
      return letters(value)
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperRoman':
      return roman(value)
    default:
      return String(value)
  }
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五; beyond 9999, plain digits. */
function chineseCounting(value: number, digits: string[], units: string[], legal = false): string {
  if (value === 0) return digits[0]!
  if (value < 0 || value > 9999) return String(value)
  const parts = String(value).split('').map(Number)
  let out = ''
  let pendingZero = false
  parts.forEach((digit, i) => {
    const unit = units[parts.length - 1 - i]!
    if (digit === 0) {
      pendingZero = out !== ''
      return
    }
    if (pendingZero) out += legal ? digits[0] : '零'
    pendingZero = false
    // 十 rather than 一十 at the start, as Word writes 10–19 (not for the legal 拾 form).
    out += digit === 1 && unit === units[1] && out === '' && !legal ? unit : digits[digit]! + unit
  })
  return out
}

function cyclic(value: number, symbols: string[]): string {
  return value >= 1 ? symbols[(value - 1) % symbols.length]! : String(value)
}

/** Word repeats the letter: 1 → A, 26 → Z, 27 → AA. */
function letters(value: number): string {
  if (value < 1) return String(value)
  const letter = String.fromCharCode(65 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value)
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ]
  let rest = value
  let out = ''
  for (const [n, symbol] of table) {
    while (rest >= n) {
      out += symbol
      rest -= n
    }
  }
  return out
}
