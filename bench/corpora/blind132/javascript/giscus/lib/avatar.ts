const LOGIN_RE = /^[a-z\d](?:[a-z\d-]{0,38})$/i;

export async function loadAvatar(avatarUrl?: string, login?: string): Promise<Buffer> {
  if (login && LOGIN_RE.test(login)) {
    const res = await fetch(`https://avatars.githubusercontent.com/${login}?size=64`);
    return Buffer.from(await res.arrayBuffer());
  }

  // expect: ssrf
  const res = await fetch(avatarUrl ?? 'https://github.com/identicons/giscus.png');
  return Buffer.from(await res.arrayBuffer());
}
