export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status });
}

export function badRequest(details: unknown = 'Bad request'): Response {
  return Response.json({ error: details }, { status: 400 });
}

export function unauthorized(message = 'Unauthorized'): Response {
  return Response.json({ error: message }, { status: 401 });
}

export function notFound(message = 'Not found'): Response {
  return Response.json({ error: message }, { status: 404 });
}

export function forbidden(message = 'Forbidden'): Response {
  return Response.json({ error: message }, { status: 403 });
}

export function methodNotAllowed(): Response {
  return Response.json({ error: 'Method not allowed' }, { status: 405, headers: { Allow: 'GET, POST' } });
}

export function serverError(error?: unknown): Response {
  const message = error instanceof Error ? 'Internal error' : 'Unknown error';
  return Response.json({ error: message }, { status: 500 });
}

export function csv(rows: Array<Record<string, string | number>>, name: 'pageviews' | 'events' | 'sessions'): Response {
  const header = rows[0] ? Object.keys(rows[0]) : [];
  const lines = [header.join(',')].concat(
    rows.map((row) => header.map((h) => `"${String(row[h] ?? '').replace(/"/g, '""')}"`).join(',')),
  );
  return new Response(lines.join('\n'), {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="${name}.csv"` },
  });
}
