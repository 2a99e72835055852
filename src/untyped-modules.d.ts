// snowball-stemmers ships no types: the part of its API test/unit/dutch-stem.test.ts compares with.
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(language: string): { stem(word: string): string } };
  export default snowball;
}

// stopword ships no types either: its Dutch list.
declare module 'stopword' {
  export const nld: string[];
}
