/** Fills `{{name}}` placeholders; unknown names are left visible so a missing datum shows. */
export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : match,
  )
}
