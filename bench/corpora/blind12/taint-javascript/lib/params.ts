// Request parameter helpers shared by the route modules.
export function getParam(req: { query?: Record<string, unknown> }, name: string, fallback = ''): string {
  const value = req.query ? req.query[name] : undefined;
  return typeof value === 'string' ? value : fallback;
}

export function getQueryParam(event: { queryStringParameters?: Record<string, string | undefined> | null }, name: string): string {
  return (event.queryStringParameters || {})[name] ?? '';
}
