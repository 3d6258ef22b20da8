/** Folds diacritics ("Radosław" → "Radoslaw") so names match however they were typed. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ß/g, 'ss')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE');
}

/** A URL-safe slug: lower-case ASCII letters, digits and single hyphens, at most `maxLength` long. */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldDiacritics(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
