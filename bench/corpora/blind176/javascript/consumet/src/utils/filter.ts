export type SearchResult = {
  id: string;
  title: string;
  releaseDate?: string;
  subOrDub?: 'sub' | 'dub';
  url?: string;
  image?: string;
};

const escapeRegex = (text: string) => text.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

/** Narrows provider results by a title pattern, e.g. "^one piece" or "season \\d+". */
export function filterByTitlePattern(results: SearchResult[], pattern: string | undefined): SearchResult[] {
  if (!pattern) return results;
  // expect: redos
  const matcher = new RegExp(pattern, 'i');
  return results.filter((r) => matcher.test(r.title));
}

/** Exact-word filter used by the "dub only" toggle: the word is escaped first. */
export function filterByWord(results: SearchResult[], word: string | undefined): SearchResult[] {
  if (!word) return results;
  const matcher = new RegExp(`\\b${escapeRegex(word.slice(0, 40))}\\b`, 'i');
  return results.filter((r) => matcher.test(r.title));
}

export function filterByYear(results: SearchResult[], year: string | undefined): SearchResult[] {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1950 || y > 2100) return results;
  return results.filter((r) => r.releaseDate?.includes(String(y)));
}

export function paginate<T>(items: T[], page: number, perPage = 20) {
  const p = Math.max(1, Math.floor(page) || 1);
  return {
    currentPage: p,
    hasNextPage: items.length > p * perPage,
    results: items.slice((p - 1) * perPage, p * perPage),
  };
}
