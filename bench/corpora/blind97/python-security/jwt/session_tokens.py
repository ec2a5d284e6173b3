"""Access and refresh tokens for the mobile API (PyJWT)."""
import datetime as dt
import os

import jwt
import jwt as pyjwt
from django.conf import settings

ACCESS_TTL = dt.timedelta(minutes=15)
JWT_KEY = os.environ["MOBILE_JWT_KEY"]


def issue_access_token(user):
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user.pk), "iat": now, "exp": now + ACCESS_TTL, "scope": user.scope}
    return jwt.encode(claims, JWT_KEY, algorithm="HS256")


def token_for_profile(profile):
    # expect: jwt-exposed-data
    return jwt.encode(profile, JWT_KEY, algorithm="HS256")


def export_user_token(user_record, audience):
    """user_record is the full row from accounts.users, password hash included."""
    # expect: jwt-exposed-data
    token = pyjwt.encode(user_record, settings.SECRET_KEY, algorithm="HS512", headers={"aud": audience})
    return token


class PartnerTokens:
    def __init__(self, signing_key):
        self.signing_key = signing_key

    def handoff(self, partner_payload):
        # expect: jwt-exposed-data
        return jwt.encode(partner_payload, self.signing_key, "HS256")

    def handoff_minimal(self, partner_payload):
        claims = {"sub": partner_payload["account_id"], "partner": partner_payload["partner"]}
        return jwt.encode(claims, self.signing_key, "HS256")


def refresh_token(user_id):
    claims = {"sub": user_id, "typ": "refresh"}
    return jwt.encode(claims, JWT_KEY, algorithm="HS256")


def decode_access(token):
    return jwt.decode(token, JWT_KEY, algorithms=["HS256"])
