/** Stable ids from titles: "Wet regulering sekswerk" → "wet-regulering-sekswerk". */

export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'theme';
}

/** Returns a function giving each slug once: a repeat gets "-2", "-3", … */
export function uniqueIds(): (slug: string) => string {
  const seen = new Map<string, number>();
  return (slug) => {
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  };
}
