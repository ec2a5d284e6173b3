"""Token issuing for the mobile API."""
import datetime as dt
import os

import jwt
import jwt as pyjwt
from django.conf import settings

# expect: hardcoded-secret
SIGNING_SECRET = "s3cr3t-mobile-2024"


def _claims(user_id, minutes=15):
    now = dt.datetime.now(dt.timezone.utc)
    return {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(minutes=minutes)}


def access_token(user_id):
    # expect: hardcoded-secret
    return jwt.encode(_claims(user_id), "change-me-in-prod", algorithm="HS256")


def refresh_token(user_id):
    return jwt.encode(_claims(user_id, 60 * 24), SIGNING_SECRET, algorithm="HS256")


class InviteTokens:
    # expect: hardcoded-secret
    secret = "invites-9f2c1e"

    def issue(self, email):
        return pyjwt.encode({"email": email, "kind": "invite"}, self.secret, algorithm="HS512")


# expect: hardcoded-secret
def download_link(file_id, key="dl-link-key"):
    token = jwt.encode({"fid": file_id}, key, algorithm="HS256")
    return f"/dl/{file_id}?t={token}"


def webhook_token(event_id):
    # expect: hardcoded-secret
    hook_secret = "whk_live_5d1e0a9b7c"
    return jwt.encode({"evt": event_id}, hook_secret, algorithm="HS256")


def service_token(user_id):
    return jwt.encode(_claims(user_id), os.environ["JWT_SECRET"], algorithm="HS256")


def session_token(user_id):
    return pyjwt.encode(_claims(user_id), settings.SECRET_KEY, algorithm="HS256")


def signed_with_key(user_id, key_path="/run/secrets/jwt_private.pem"):
    with open(key_path, "rb") as fh:
        return jwt.encode(_claims(user_id), fh.read(), algorithm="RS256")
