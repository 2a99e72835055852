/**
 * A regular expression compiled straight to machine code on its first use. V8 compiles a pattern to bytecode
 * on its first run and again to machine code on its second, unless that first run is on a text of 1,000
 * characters or more. The finders run their patterns on many short paragraphs of a letter, so a cold start
 * paid both compilations of each; a first run on the text padded to that length spares it the bytecode. The
 * padding keeps the text's own characters, since V8 compiles a pattern apart for one-byte and two-byte strings.
 * A global or sticky pattern tries only the padded text's end. Only speed depends on this: results do not.
 */

const PAD = ' '.repeat(1000);
const compiled = new WeakSet<RegExp>();

/** `text`, padded when shorter to the length at which V8 compiles a pattern's first run for machine code. */
export const longCopy = (text: string): string => (text.length >= PAD.length ? text : text + PAD);

/** Compiles `re` for machine code, for texts stored as `text` is, once; its lastIndex is left at 0. */
export function compileNatively(re: RegExp, text: string): void {
  if (compiled.has(re)) return;
  compiled.add(re);
  if (text.length >= PAD.length) return;
  const long = longCopy(text);
  re.lastIndex = re.global || re.sticky ? long.length : 0;
  re.exec(long);
  re.lastIndex = 0;
}

/** Whether `re` went through compileNatively (and so is compiled). */
export const isCompiled = (re: RegExp): boolean => compiled.has(re);
