/** Sum of counts; amounts are rounded to 6 decimals so that 0.1 + 0.2 equals 0.3. */
export function sum(values: readonly number[]): number {
  let total = 0
  for (const value of values) total += value
  return Math.round(total * 1e6) / 1e6
}
