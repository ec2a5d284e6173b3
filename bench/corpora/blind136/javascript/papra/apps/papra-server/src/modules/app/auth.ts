export async function getSession(headers: Headers) {
  const token = headers.get('authorization')?.replace(/^Bearer /, '');
  if (!token) {
    return null;
  }
  const res = await fetch(`${process.env.AUTH_INTERNAL_URL}/session`, { headers: { authorization: `Bearer ${token}` } });
  return res.ok ? ((await res.json()) as { userId: string; activeOrganizationId: string }) : null;
}
