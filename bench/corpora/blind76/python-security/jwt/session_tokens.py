"""Token issuing for the mobile API."""
import datetime as dt
import os

import jwt
from jwt import encode as jwt_encode

# expect: hardcoded-secret
JWT_SECRET = "9f2c1e7a-mobile-api-signing"
ALGORITHM = "HS256"


def access_token(user_id):
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(minutes=15)}
    return jwt.encode(claims, JWT_SECRET, algorithm=ALGORITHM)


def refresh_token(user_id):
    # expect: hardcoded-secret
    return jwt.encode({"sub": str(user_id), "typ": "refresh"}, "refresh-secret-2019", algorithm="HS256")


class InviteTokens:
    # expect: hardcoded-secret
    signing_key = "invite-links-please-rotate"

    def issue(self, email, team_id):
        payload = {"email": email, "team": team_id}
        return jwt_encode(payload, self.signing_key, algorithm="HS512")


# expect: hardcoded-secret
def service_token(service, key="local-dev-key"):
    return jwt.encode({"svc": service}, key, algorithm=ALGORITHM)


def signed_download(path):
    return jwt.encode({"path": path}, os.environ["DOWNLOAD_SIGNING_KEY"], algorithm=ALGORITHM)


def partner_token(partner_id, private_key_pem):
    return jwt.encode({"iss": "shop", "sub": partner_id}, private_key_pem, algorithm="RS256")


def decode_access(token):
    return jwt.decode(token, os.environ["JWT_SECRET"], algorithms=[ALGORITHM])
