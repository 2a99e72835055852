/** Counts the pages of a PDF without a PDF library: the page objects, cross-checked with the page tree's /Count. */

export interface PdfPages {
  /** `/Type /Page` objects found in the file */
  objects: number;
  /** the largest `/Count` of a `/Type /Pages` node (the root's), null when none is readable */
  count: number | null;
  /** the first page's /MediaBox in points, e.g. [0, 0, 595.92, 842.88] for A4 */
  mediaBox: number[] | null;
}

export function countPdfPages(pdf: Uint8Array): PdfPages {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = (text.match(/\/Type\s{0,4}\/Page(?![a-zA-Z])/g) ?? []).length;
  let count: number | null = null;
  for (const m of text.matchAll(
    /\/Type\s{0,4}\/Pages\b[^>]{0,400}?\/Count\s{1,4}(\d{1,6})|\/Count\s{1,4}(\d{1,6})[^>]{0,400}?\/Type\s{0,4}\/Pages\b/g,
  )) {
    const n = Number(m[1] ?? m[2]);
    count = count === null ? n : Math.max(count, n);
  }
  const box =
    /\/MediaBox\s{0,4}\[\s{0,4}([-\d.]{1,12})\s{1,4}([-\d.]{1,12})\s{1,4}([-\d.]{1,12})\s{1,4}([-\d.]{1,12})\s{0,4}\]/.exec(
      text,
    );
  return { objects, count, mediaBox: box ? box.slice(1, 5).map(Number) : null };
}
