export function toCsv(records: any[]): string {
  if (!records.length) return '';
  const columns = Object.keys(records[0].toJSON ? records[0].toJSON() : records[0]);
  const escape = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return [columns.join(','), ...records.map((r) => columns.map((c) => escape(r.get ? r.get(c) : r[c])).join(','))].join('\n');
}

export function fillTemplate(template: string, record: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => String(record[key] ?? ''));
}
