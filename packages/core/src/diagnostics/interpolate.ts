/** Fills `{{name}}` placeholders; unknown names are left visible so a missing datum shows. */
export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template
  const parts = compile(template)
  let out = parts[0] as string
  // parts: literal, then (placeholder, name, literal) triples.
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!
    out += (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : parts[i]!) + parts[i + 2]!
  }
  return out
}

// Messages are few and filled over and over: each template is split at its placeholders once.
const compiled = new Map<string, string[]>()

function compile(template: string): string[] {
  let parts = compiled.get(template)
  if (parts === undefined) {
    parts = template.split(/(\{\{\s*([\w.]+)\s*\}\})/g)
    if (compiled.size >= 5000) compiled.clear()
    compiled.set(template, parts)
  }
  return parts
}
