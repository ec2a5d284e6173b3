"""Signed links sent by SMS so doctors can update their ICU's bed counts."""
import time

import jwt

ALGO = "HS256"


class TokenEncoder:
    def __init__(self, config):
        self.secret = config.JWT_SECRET
        self.ttl = int(config.get("token_ttl", 7 * 24 * 3600))

    def encode(self, user_id, icu_id):
        payload = {"user_id": user_id, "icu_id": icu_id, "exp": int(time.time()) + self.ttl}
        return jwt.encode(payload, self.secret, algorithm=ALGO)

    def decode(self, token):
        try:
            return jwt.decode(token, self.secret, algorithms=[ALGO])
        except jwt.PyJWTError:
            return None

    def decode_legacy(self, token):
        """Links sent before the secret rotation in April."""
        try:
            # expect: jwt-no-verify
            return jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            return None

    def key_id(self, token):
        return jwt.get_unverified_header(token).get("kid")
