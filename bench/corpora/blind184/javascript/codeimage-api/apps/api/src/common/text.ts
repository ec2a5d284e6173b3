/** Escapes every character that has a meaning inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 64);
}

export function languageLabel(languageId: string): string {
  const labels: Record<string, string> = {
    javascript: 'JavaScript',
    typescript: 'TypeScript',
    rust: 'Rust',
    python: 'Python',
    go: 'Go',
  };
  return Object.prototype.hasOwnProperty.call(labels, languageId) ? labels[languageId] : languageId;
}

export function countLines(code: string): number {
  if (!code) return 0;
  return code.split('\n').length;
}

export function normaliseNewlines(code: string): string {
  return code.replace(/\r\n?/g, '\n');
}
