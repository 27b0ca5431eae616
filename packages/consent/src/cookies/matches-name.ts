/** Whether a cookie or storage key is the declared name, or matches the declared pattern. */
export function matchesName(declared: string | RegExp, name: string): boolean {
  return typeof declared === 'string' ? declared === name : declared.test(name);
}
