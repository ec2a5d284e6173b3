"""API tokens: issued per Discord user, checked on every image endpoint."""
import functools
import hmac
import sqlite3

import jwt
from quart import abort, current_app, request

TOKEN_SECRET_ENV = "ZANE_TOKEN_SECRET"


class TokenStore:
    def __init__(self, path):
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.execute("CREATE TABLE IF NOT EXISTS tokens (user_id TEXT PRIMARY KEY, token TEXT NOT NULL)")

    def close(self):
        self.conn.close()

    def token_for(self, user_id):
        row = self.conn.execute("SELECT token FROM tokens WHERE user_id = ?", (user_id,)).fetchone()
        return row[0] if row else None

    def revoke(self, user_id):
        self.conn.execute("DELETE FROM tokens WHERE user_id = ?", (user_id,))
        self.conn.commit()


def _claims_from(token):
    secret = current_app.config.get("TOKEN_SECRET")
    if secret:
        return jwt.decode(token, secret, algorithms=["HS256"])
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False}, algorithms=["HS256"])


def require_token(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "")
        if not token:
            abort(401)
        if token.count(".") != 2:
            user_id = request.headers.get("X-User-Id", "")
            stored = current_app.tokens.token_for(user_id)
            if stored is None or not hmac.compare_digest(stored, token):
                abort(403)
            return await view(*args, **kwargs)
        try:
            claims = _claims_from(token)
        except jwt.PyJWTError:
            abort(401)
        if current_app.tokens.token_for(str(claims.get("sub", ""))) is None:
            abort(403)
        return await view(*args, **kwargs)

    return wrapper
