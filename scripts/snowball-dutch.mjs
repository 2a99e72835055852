// The bundler plugin that serves snowball-stemmers with the Dutch stemmer only. The package is one file of 24
// languages' stemmers (870 KB, a seventh of the CLI's bundle), each class defined when the module loads, and the
// CLI stems Dutch alone: the other classes and their entries in newStemmer's map are cut. The build fails when
// the file is not laid out as this expects (another version of the package).
import { readFileSync } from 'node:fs';

const CLASS =
  /^ {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{\n[\s\S]*?^ {4}\}\(SnowballStemmer\);\n/gm;
const MAP_ENTRY = /^ {12}(\w+): (\w+)Stemmer,?\n/gm;

/** The package's source with every stemmer but the Dutch one cut. */
export function dutchOnly(source) {
  const cut = new Set();
  const classes = source.replace(CLASS, (block, language) => {
    if (language === 'dutch') return block;
    cut.add(language);
    return '';
  });
  let entries = 0;
  const out = classes.replace(MAP_ENTRY, (line, key, language) => {
    if (key !== language) return line;
    entries++;
    return language === 'dutch' ? '            dutch: dutchStemmer\n' : '';
  });
  if (
    cut.size !== 23 ||
    entries !== 24 ||
    cut.has('dutch') ||
    /var (?!dutch)\w+Stemmer = function \(_SnowballStemmer/.test(out)
  )
    throw new Error(
      `snowball-stemmers: not laid out as scripts/snowball-dutch.mjs expects (${cut.size} classes cut, ${entries} map entries)`,
    );
  return out;
}

export const esbuildSnowballDutch = {
  name: 'snowball-dutch',
  setup(build) {
    build.onLoad({ filter: /[\\/]snowball-stemmers[\\/]snowball-stemmers\.js$/ }, ({ path }) => ({
      contents: dutchOnly(readFileSync(path, 'utf8')),
      loader: 'js',
    }));
  },
};
