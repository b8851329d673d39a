/** Sum of counts; amounts are rounded to 6 decimals so that 0.1 + 0.2 equals 0.3. */
export function sum(values: readonly number[]): number {
  let total = 0
  // An indexed loop: sums run for every row and column of table 三 on every report.
  for (let i = 0; i < values.length; i++) total += values[i]!
  return Math.round(total * 1e6) / 1e6
}
