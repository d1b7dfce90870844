/** The default branch of an exhaustive switch: TypeScript refuses it when a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
