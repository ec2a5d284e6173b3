// library: fastify (input helpers shared by the route plugins)
export function str(value: unknown, def = ''): string {
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' && value.length > 0 ? value : def;
}

export function intParam(value: unknown, def: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return def;
  return Math.min(n, max);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
