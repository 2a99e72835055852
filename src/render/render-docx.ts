/**
 * A brief as a Word document: the brief's Markdown (rendered with the Markdown template, so a user's own
 * template shapes the Word document too) read with remark and written with the `docx` library, which makes the
 * document's XML and zip for us. Headings become Word's heading styles (so the navigation pane and a table of
 * contents see them), lists Word lists (each numbered list counting from 1), bold, italic, strike-through and
 * links their runs, a quote an indented italic paragraph, a rule a bottom border, a table a table. A line break
 * inside a paragraph stays a line break, as the template lays the lines out. Only http(s) and mailto links are
 * links. `docx` is loaded from node_modules when a .docx is asked for (1 MB the CLI need not read otherwise).
 */
import type * as DocxModule from 'docx';
import { createRequire } from 'node:module';
import type { BlockContent, ListItem, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lang } from './load-labels.js';
import { safeHref } from './safe-href.js';

type Docx = typeof DocxModule;
type Block = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;
type Run = InstanceType<Docx['TextRun']> | InstanceType<Docx['ExternalHyperlink']>;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

/** Word's language tag per language, so its spelling check reads the brief in the right one. */
const LANGUAGE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const ORDERED = 'ordered';
/** A4, with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };

/** Writes the Markdown of a brief as a .docx file. */
export function renderDocx(markdown: string, meta: { title: string; lang: Lang }): Promise<Buffer> {
  // required, not imported: the CLI bundle runs as a script with no dynamic import, and leaves docx in
  // node_modules (scripts/build.mjs)
  const docx = createRequire(import.meta.url)('docx') as Docx;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  let lists = 0;

  /** A text's runs, one per line: a line break in a paragraph stays one. */
  const textRuns = (value: string, style: RunStyle): Run[] =>
    value.split('\n').map(
      (line, i) =>
        new docx.TextRun({
          text: line,
          break: i > 0 ? 1 : 0,
          bold: style.bold,
          italics: style.italics,
          strike: style.strike,
          ...(style.code ? { font: 'Courier New' } : {}),
        }),
    );

  const runs = (nodes: readonly PhrasingContent[], style: RunStyle = {}): Run[] =>
    nodes.flatMap((node): Run[] => {
      switch (node.type) {
        case 'text':
          return textRuns(node.value, style);
        case 'inlineCode':
          return textRuns(node.value, { ...style, code: true });
        case 'strong':
          return runs(node.children, { ...style, bold: true });
        case 'emphasis':
          return runs(node.children, { ...style, italics: true });
        case 'delete':
          return runs(node.children, { ...style, strike: true });
        case 'break':
          return [new docx.TextRun({ text: '', break: 1 })];
        case 'link': {
          const { href } = safeHref(node.url);
          if (!href) return runs(node.children, style);
          const text = node.children.map(phrasingText).join('').replace(/\s+/gu, ' ').trim() || href;
          const run = new docx.TextRun({
            text,
            style: 'Hyperlink',
            bold: style.bold,
            italics: style.italics,
          });
          return [new docx.ExternalHyperlink({ link: href, children: [run] })];
        }
        default:
          // images, footnote references and raw HTML show no text in a brief
          return [];
      }
    });

  const paragraph = (
    children: Run[],
    options: Omit<ConstructorParameters<Docx['Paragraph']>[0] & object, 'children'> = {},
  ) => new docx.Paragraph({ ...options, children });

  const HEADINGS = [
    docx.HeadingLevel.HEADING_1,
    docx.HeadingLevel.HEADING_2,
    docx.HeadingLevel.HEADING_3,
    docx.HeadingLevel.HEADING_4,
    docx.HeadingLevel.HEADING_5,
    docx.HeadingLevel.HEADING_6,
  ];

  const table = (node: MdTable): InstanceType<Docx['Table']> =>
    new docx.Table({
      width: { size: 100, type: docx.WidthType.PERCENTAGE },
      rows: node.children.map(
        (row, r) =>
          new docx.TableRow({
            tableHeader: r === 0,
            children: row.children.map(
              (cell) => new docx.TableCell({ children: [paragraph(runs(cell.children, { bold: r === 0 }))] }),
            ),
          }),
      ),
    });

  /** A list's items: the first paragraph of each item carries the bullet or number, the rest are set in. */
  const list = (items: readonly ListItem[], ordered: boolean, level: number): Block[] => {
    const instance = ++lists;
    return items.flatMap((item) =>
      item.children.flatMap((child, i): Block[] => {
        if (child.type === 'list') return list(child.children, child.ordered === true, level + 1);
        if (child.type !== 'paragraph') return blocks([child], level + 1);
        const marker =
          i > 0
            ? { indent: { left: 360 * (level + 1) } }
            : ordered
              ? { numbering: { reference: ORDERED, level, instance } }
              : { bullet: { level } };
        return [paragraph(runs(child.children), marker)];
      }),
    );
  };

  const blocks = (nodes: readonly (RootContent | BlockContent)[], level = 0): Block[] =>
    nodes.flatMap((node): Block[] => {
      switch (node.type) {
        case 'heading':
          return [paragraph(runs(node.children), { heading: HEADINGS[node.depth - 1] })];
        case 'paragraph':
          return [paragraph(runs(node.children), level ? { indent: { left: 360 * level } } : {})];
        case 'list':
          return list(node.children, node.ordered === true, Math.min(level, 8));
        case 'blockquote':
          return node.children.flatMap((child) =>
            child.type === 'paragraph'
              ? [paragraph(runs(child.children, { italics: true }), { indent: { left: 567 } })]
              : blocks([child], level + 1),
          );
        case 'thematicBreak':
          return [
            paragraph([], {
              border: { bottom: { style: docx.BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
            }),
          ];
        case 'code':
          return [paragraph(textRuns(node.value, { code: true }))];
        case 'table':
          return [table(node)];
        default:
          return [];
      }
    });

  const document = new docx.Document({
    creator: 'vng-brief',
    title: meta.title,
    styles: {
      default: { document: { run: { font: 'Arial', size: 21, language: { value: LANGUAGE[meta.lang] } } } },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: docx.LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: docx.AlignmentType.START,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: blocks(tree.children),
      },
    ],
  });
  return docx.Packer.toBuffer(document);
}

/** The text of an inline node and its children. */
function phrasingText(node: PhrasingContent): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(phrasingText).join('');
  return '';
}
