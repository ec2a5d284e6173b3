// library: NestJS app (shared query helpers)
const SORTABLE = ['name', 'createdAt', 'email'] as const;

export function pickSort(value?: string): string {
  return (SORTABLE as readonly string[]).includes(value ?? '') ? (value as string) : 'createdAt';
}

export function firstValue(value: string | string[] | undefined, def = ''): string {
  if (Array.isArray(value)) return value[0] ?? def;
  return value ?? def;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
