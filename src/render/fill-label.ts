/** A label's {placeholders} filled in: "{day} {month} {year}", "ask dropped: {text}". */

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders a label uses, for checking a labels file. */
export const placeholdersOf = (label: string): string[] => [...label.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** Each {name} with a value replaced by it; any other is left as written. */
export const fillLabel = (label: string, values: Readonly<Record<string, string>>): string =>
  label.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
