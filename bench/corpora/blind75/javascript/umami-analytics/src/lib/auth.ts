import jwt from 'jsonwebtoken';

export interface Auth {
  user: { id: string; username: string; role: 'admin' | 'user' | 'view-only' };
  shareToken?: { websiteId: string };
}

const SECRET = process.env.APP_SECRET ?? '';

export async function checkAuth(request: Request): Promise<Auth | null> {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  const shareHeader = request.headers.get('x-umami-share-token');

  let shareToken: Auth['shareToken'];
  if (shareHeader) {
    try {
      shareToken = jwt.verify(shareHeader, SECRET, { algorithms: ['HS256'] }) as Auth['shareToken'];
    } catch {
      shareToken = undefined;
    }
  }
  if (!token) {
    return shareToken ? { user: { id: 'share', username: 'share', role: 'view-only' }, shareToken } : null;
  }
  try {
    const payload = jwt.verify(token, SECRET, { algorithms: ['HS256'] }) as Auth['user'];
    return { user: payload, shareToken };
  } catch {
    return null;
  }
}

export function canViewWebsite(auth: Auth, websiteId: string): boolean {
  if (auth.user.role === 'admin') return true;
  if (auth.shareToken) return auth.shareToken.websiteId === websiteId;
  return auth.user.role !== 'view-only';
}
