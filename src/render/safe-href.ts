/** Only http(s) and mailto targets are ever emitted as links; anything else is shown as plain text. */

export type LinkStatus = 'ok' | 'missing' | 'unsafe';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to emit (null when none) and why: `missing` for an empty, "#" or relative target (nothing a reader
 * of the brief can follow), `unsafe` for another scheme (javascript:, data:, file:, …).
 */
export function safeHref(href: string | null | undefined): { href: string | null; status: LinkStatus } {
  // As browsers do: controls go, tabs and line breaks inside go, surrounding spaces go; inner spaces stay.
  const raw = (href ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
  if (!raw || raw.startsWith('#')) return { href: null, status: 'missing' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { href: null, status: /^[a-z][a-z0-9+.-]{0,30}:/i.test(raw) ? 'unsafe' : 'missing' };
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return { href: null, status: 'unsafe' };
  // Parentheses and quotes would end a Markdown link or an attribute early.
  const out = url.href.replace(
    /[()'"<>`\\ ]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return { href: out, status: 'ok' };
}
