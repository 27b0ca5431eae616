/** A count with its noun, singular or plural: "1 review", "2 reviews". @internal */
export function plural(count: number | bigint, noun: string): string {
  return `${count} ${noun}${count === 1 || count === 1n ? '' : 's'}`;
}
