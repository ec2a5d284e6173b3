import { getAccountDb } from '../account-db.js';

const SORTABLE = new Map([
  ['name', 'user_name'],
  ['display', 'display_name'],
  ['created', 'created_at'],
]);

export function getSession(token) {
  return getAccountDb().first('SELECT token, user_id, auth_method, expires_at FROM sessions WHERE token = ?', [token]);
}

export function getUserInfo(userId) {
  return getAccountDb().first('SELECT id, user_name, display_name, role, enabled FROM users WHERE id = ?', [userId]);
}

export function listUsers(sortKey, direction) {
  const column = SORTABLE.get(sortKey) ?? 'user_name';
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  return getAccountDb().all(`SELECT id, user_name, display_name, role FROM users ORDER BY ${column} ${dir}`);
}

export function searchUsers(term, roleFilter) {
  let where = 'enabled = 1';
  if (roleFilter) {
    where += ` AND role = '${roleFilter}'`;
  }
  const db = getAccountDb();
  // expect: sql-injection
  return db.db.prepare(`SELECT id, user_name, display_name FROM users WHERE ${where} AND user_name LIKE ?`).all(`%${term}%`);
}

export function getFileById(fileId) {
  return getAccountDb().first('SELECT id, group_id, owner, encrypt_keyid, encrypt_meta FROM files WHERE id = ?', [fileId]);
}

export function saveOpenIdState(state, returnUrl, codeVerifier) {
  getAccountDb().mutate('INSERT INTO pending_openid_requests (state, code_verifier, return_url, expiry_time) VALUES (?, ?, ?, ?)', [
    state,
    codeVerifier,
    returnUrl,
    Date.now() + 300 * 1000,
  ]);
}

export function takeOpenIdState(state) {
  const db = getAccountDb();
  const row = db.first('SELECT code_verifier, return_url FROM pending_openid_requests WHERE state = ? AND expiry_time > ?', [state, Date.now()]);
  db.mutate('DELETE FROM pending_openid_requests WHERE state = ?', [state]);
  return row;
}
