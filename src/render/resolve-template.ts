/**
 * Brief templates: the built-in ones in the package's templates/ folder (one file per output format,
 * `<name>.<format>.liquid`), a user's own file given by path, or by name from a folder of the user's own
 * (--templates, `templates` in the config file), looked in before the built-in ones. Users copy a built-in file
 * and edit it.
 */
import { UserError } from '../core/errors.js';
import { readBounded } from '../load/read-input.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_FORMATS = ['md', 'html', 'text'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];
const DEFAULT_TEMPLATE = 'debate-one-pager';
const MAX_TEMPLATE_BYTES = 512 * 1024;

export interface TemplateFile {
  name: string;
  /** the format named in the file name ("x.html.liquid"), null when it names none */
  format: TemplateFormat | null;
  path: string;
}

export interface LoadedTemplate {
  /** absolute path */
  path: string;
  /** the path as error messages show it: relative to the working directory when inside it */
  display: string;
  source: string;
}

/** The package's templates/ folder, found upwards from this module (src/render/ or dist/). */
export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, `${DEFAULT_TEMPLATE}.html.liquid`))) return candidate;
    dir = dirname(dir);
  }
  return resolve('templates');
}

/** "mine.html.liquid" → html; null when the name carries no format. */
export function formatOfTemplate(path: string): TemplateFormat | null {
  const m = /\.(md|html|text|txt)\.liquid$/i.exec(path);
  if (!m) return null;
  const f = m[1]!.toLowerCase();
  return f === 'txt' ? 'text' : (f as TemplateFormat);
}

export function listTemplates(dir = templatesDir()): TemplateFile[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.liquid') && !f.startsWith('_'));
  } catch {
    return [];
  }
  return files.sort().map((f) => ({
    name: f.replace(/(\.(md|html|text|txt))?\.liquid$/i, ''),
    format: formatOfTemplate(f),
    path: join(dir, f),
  }));
}

export const isTemplatePath = (spec: string): boolean => /[\\/]/.test(spec) || spec.endsWith('.liquid');

export const displayPath = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

/** The templates of a user's folder; a UserError when it is not a folder. */
export function listOwnTemplates(folder: string): TemplateFile[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new UserError(`${displayPath(folder)}: no such templates folder`);
  return listTemplates(folder);
}

/**
 * The template for a name or a path (a user's file), for one output format. A name is looked up in `folder`
 * (the user's templates) first, then among the built-in ones: a folder with its own `debate-one-pager` template
 * replaces the default one.
 */
export async function loadTemplate(
  spec: string | undefined,
  format: TemplateFormat,
  folder?: string,
): Promise<LoadedTemplate> {
  let path: string;
  if (spec && isTemplatePath(spec)) path = resolve(spec);
  else {
    const name = spec ?? DEFAULT_TEMPLATE;
    const own = folder ? listOwnTemplates(folder) : [];
    const all = [...own, ...listTemplates()];
    const hit =
      all.find((t) => t.name === name && t.format === format) ??
      all.find((t) => t.name === name && !t.format);
    const made = [...new Set(all.filter((t) => t.name === name).map((t) => t.format))];
    if (!hit && made.length)
      throw new UserError(
        `template "${name}" is made for ${made.join(', ')}, not ${format}: add ${name}.${format}.liquid to ${displayPath(folder ?? templatesDir())}, or pick another format`,
      );
    if (!hit) {
      const names = (list: TemplateFile[]) => [...new Set(list.map((t) => t.name))].join(', ') || 'none';
      const mine = folder ? `in ${displayPath(folder)}: ${names(own)}; ` : '';
      throw new UserError(
        `unknown template "${name}" for --format ${format} (${mine}built-in: ${names(listTemplates())}; or give a path)`,
      );
    }
    path = hit.path;
  }
  const display = displayPath(path);
  let bytes: Uint8Array;
  try {
    // bounded while reading: a template path may name a device or a FIFO
    bytes = await readBounded(path, MAX_TEMPLATE_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'template not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EFBIG'
            ? 'template larger than 512 KB'
            : `cannot read template (${code})`;
    throw new UserError(`${display}: ${why}`);
  }
  return { path, display, source: templateText(bytes, display) };
}

/**
 * A template's bytes as text. A file that is not text (a Word document given as a Word template, say) would be
 * printed as it is, or fail on a stray "{{" deep in its bytes; one in another encoding would print its letters
 * as "�": both are refused, saying what a template is.
 */
function templateText(bytes: Uint8Array, display: string): string {
  if (bytes.includes(0))
    throw new UserError(
      `${display}: not a template (a binary file): a template is a text file such as mine.md.liquid, and a Word brief is made from the Markdown one`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${display}: not UTF-8 text: save the template as UTF-8`);
  }
}
