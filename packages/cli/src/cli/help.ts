import type { Lang } from '@zfxxgk/core'

const main = {
  zh: `用法: zfxxgk <命令> [选项]

检查并导出政府信息公开工作年度报告（.txt .md .html .htm .shtml .docx .doc）。

命令:
  check <文件|目录|通配符...>   按格式规则检查报告，输出问题
  export <文件|目录|通配符...>  每份报告一行，导出元数据与全部表格单元格

选项:
  -h, --help       显示帮助（zfxxgk <命令> --help 显示该命令的选项）
  -v, --version    显示版本
  --lang zh|en     消息语言（默认 zh）

退出码: 0 无错误，1 发现错误（或警告超过 --max-warnings），2 用法或内部错误
`,
  en: `Usage: zfxxgk <command> [options]

Check and export 政府信息公开工作年度报告 (.txt .md .html .htm .shtml .docx .doc).

Commands:
  check <files|dirs|globs...>   check reports against the format's rules and print the findings
  export <files|dirs|globs...>  one row per report: metadata and every table cell

Options:
  -h, --help       show help (zfxxgk <command> --help shows that command's options)
  -v, --version    show the version
  --lang zh|en     language of messages (default zh)

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or internal error
`,
}

const common = {
  zh: `  --preset recommended|strict   规则预设（默认 recommended）
  --rule <规则>=off|info|warn|error
                                覆盖单条规则的级别，可重复，如 --rule zfxxgk/x=off
  -c, --config <文件>           配置文件（.json，或默认导出配置的 .js/.mjs），在预设之后生效
  --lang zh|en                  消息语言（默认 zh）
  -j, --jobs <n>                并行线程数（默认：每 16 个文件一个线程，至多为 CPU 核数）
  --timeout <秒>                单个文件的分析时限（默认 120）
  --progress, --no-progress     在 stderr 显示进度（默认：stderr 为终端时显示）
  -o, --output <文件>           写入文件而不是标准输出
  --ignore <通配符>             读取目录时跳过匹配的文件，可重复（不含 / 时按文件名匹配）；
                                README、CHANGELOG、LICENSE 总是跳过
  -h, --help                    显示帮助`,
  en: `  --preset recommended|strict   rule preset (default recommended)
  --rule <id>=off|info|warn|error
                                set one rule's level, repeatable, e.g. --rule zfxxgk/x=off
  -c, --config <file>           config file (.json, or .js/.mjs with a default export), after the preset
  --lang zh|en                  language of messages (default zh)
  -j, --jobs <n>                worker threads (default: one per 16 files, up to the CPU cores)
  --timeout <seconds>           time limit per file (default 120)
  --progress, --no-progress     progress on stderr (default: when stderr is a terminal)
  -o, --output <file>           write to a file instead of standard output
  --ignore <glob>               leave matching files out of directories and globs, repeatable
                                (without a /, matched against the file name); README, CHANGELOG
                                and LICENSE files are always left out
  -h, --help                    show help`,
}

const check = {
  zh: `用法: zfxxgk check <文件|目录|通配符...> [选项]

解析每份报告并按规则检查（目录递归读取；通配符请加引号，如 "reports/**/*.html"）。

选项:
  -f, --format stylish|json|sarif|compact   输出格式（默认 stylish）
  -q, --quiet                   只显示错误
  --max-warnings <n>            警告多于 n 条时退出码为 1
  --color, --no-color           是否着色（默认：输出到终端且未设置 NO_COLOR 时着色）
  --series                      另按机关比较相邻年度的报告（上年结转 = 上一年度结转下年度等），
                                结果附在各文件结果之后
${common.zh}

退出码: 0 无错误，1 发现错误（或警告超过 --max-warnings），2 用法或内部错误
`,
  en: `Usage: zfxxgk check <files|dirs|globs...> [options]

Parse every report and check it against the rules (directories are read recursively; quote globs,
e.g. "reports/**/*.html").

Options:
  -f, --format stylish|json|sarif|compact   output format (default stylish)
  -q, --quiet                   show errors only
  --max-warnings <n>            exit 1 when there are more than n warnings
  --color, --no-color           colour output (default: when writing to a terminal and NO_COLOR is unset)
  --series                      also compare each agency's reports of consecutive years (carried over =
                                last year's carried forward …); findings follow the per-file results
${common.en}

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or internal error
`,
}

const exportHelp = {
  zh: `用法: zfxxgk export <文件|目录|通配符...> --to csv|json|jsonl [选项]

每份报告一行：file、format、agencyName、reportYear、edition、publicationDate，
每个表格单元格一列（列名为规范键，如 applications.newReceived.total；2019 与 2021 版的键
合并为固定表头，不适用处留空），最后是 errors、warnings、infos、fatal 计数。

选项:
  -t, --to csv|json|jsonl       导出格式（必填）
  --bom                         CSV 前加 UTF-8 BOM（用 Excel 打开时需要）
${common.zh}

退出码: 0 已导出，2 用法或内部错误
`,
  en: `Usage: zfxxgk export <files|dirs|globs...> --to csv|json|jsonl [options]

One row per report: file, format, agencyName, reportYear, edition, publicationDate, one column per
table cell named by its canonical key (e.g. applications.newReceived.total; the 2019 and 2021 keys
merged into one fixed header, blank where not applicable), then the errors, warnings, infos, fatal counts.

Options:
  -t, --to csv|json|jsonl       output format (required)
  --bom                         start the CSV with a UTF-8 BOM (needed by Excel)
${common.en}

Exit codes: 0 exported, 2 usage or internal error
`,
}

export function mainHelp(lang: Lang): string {
  return main[lang]
}

export function commandHelp(command: 'check' | 'export', lang: Lang): string {
  return command === 'check' ? check[lang] : exportHelp[lang]
}
