import type { Lang, Severity } from '@zfxxgk/core'
import type { Totals } from './totals.js'

const severityWords: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
}

export function severityWord(severity: Severity, lang: Lang): string {
  return severityWords[lang][severity]
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** `✖ 5 个问题（3 个错误，2 个警告，0 个提示），涉及 2 个文件` — the summary line of a run. */
export function summaryText(totals: Totals, lang: Lang): string {
  const problems = totals.errorCount + totals.warningCount + totals.infoCount
  if (lang === 'zh') {
    if (problems === 0) return `✔ 已检查 ${totals.files} 个文件，未发现问题`
    return `✖ ${problems} 个问题（${totals.errorCount} 个错误，${totals.warningCount} 个警告，${totals.infoCount} 个提示），涉及 ${totals.filesWithProblems}/${totals.files} 个文件`
  }
  if (problems === 0) return `✔ ${plural(totals.files, 'file')} checked, no problems`
  return `✖ ${plural(problems, 'problem')} (${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')}, ${plural(totals.infoCount, 'info')}) in ${totals.filesWithProblems}/${plural(totals.files, 'file')}`
}
