// Middleware that resolves the logged-in user and attaches their data directories (as SillyTavern's users module).
import path from 'node:path';
import storage from 'node-persist';

const DATA_ROOT = process.env.ST_DATA_ROOT || path.resolve('./data');

export function getUserDirectories(handle) {
  const root = path.join(DATA_ROOT, handle);
  return {
    root,
    characters: path.join(root, 'characters'),
    chats: path.join(root, 'chats'),
    backgrounds: path.join(root, 'backgrounds'),
    extensions: path.join(root, 'extensions'),
    userImages: path.join(root, 'user', 'images'),
  };
}

export async function setUserDataMiddleware(request, response, next) {
  const handle = request.session?.handle || 'default-user';
  if (!/^[a-z0-9-]+$/.test(handle)) {
    return response.sendStatus(403);
  }
  const profile = await storage.getItem(`user:${handle}`);
  if (!profile || !profile.enabled) {
    return response.sendStatus(403);
  }
  request.user = { profile, directories: getUserDirectories(handle) };
  return next();
}

export function requireAdminMiddleware(request, response, next) {
  if (!request.user?.profile?.admin) return response.sendStatus(403);
  return next();
}
