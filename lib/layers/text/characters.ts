/** Characters that are charged: every Unicode character except white space. */
export function chargedCharacters(text: string): number {
  return Array.from(text.replace(/\s/gu, '')).length;
}
