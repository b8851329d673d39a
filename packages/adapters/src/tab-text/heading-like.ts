/**
 * Lines that start a new part of a report (一、… （一）… 第二十条…): never the continuation of a
 * table cell broken over lines, however short.
 */
export function isHeadingLike(text: string): boolean {
  return /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+|\d+[、.．])/.test(text)
}
