"""Issues access and invite tokens for the booking API."""
import datetime as dt
import os

import jwt
from jwt import encode as jwt_encode

SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
ALGORITHM = "HS256"


def _exp(minutes):
    return dt.datetime.now(tz=dt.timezone.utc) + dt.timedelta(minutes=minutes)


def issue_access_token(user_row):
    """user_row is the full row from `SELECT * FROM users` (incl. password_hash, totp_secret)."""
    user_row["exp"] = _exp(30)
    # expect: jwt-exposed-data
    return jwt.encode(user_row, SIGNING_KEY, algorithm=ALGORITHM)


def issue_profile_token(profile):
    # the whole profile dict travels to the browser: email, phone, date of birth, address
    # expect: jwt-exposed-data
    return jwt.encode(profile, SIGNING_KEY, algorithm=ALGORITHM, headers={"kid": "v2"})


class InviteService:
    def __init__(self, key):
        self.key = key

    def invite_link(self, invite):
        # invite holds the inviter's account record and the temporary password
        # expect: jwt-exposed-data
        token = jwt.encode(invite, self.key, algorithm=ALGORITHM)
        return f"https://app.example.com/join?t={token}"


def issue_support_token(session_data):
    # session_data is the server-side session: cart, addresses, card last4, the CSRF secret
    # expect: jwt-exposed-data
    return jwt_encode(session_data, SIGNING_KEY, algorithm=ALGORITHM)


def issue_minimal_token(user):
    payload = {"sub": str(user["id"]), "role": user["role"], "exp": _exp(30)}
    return jwt.encode(payload, SIGNING_KEY, algorithm=ALGORITHM)


def issue_refresh_token(user_id, jti):
    claims = {"sub": str(user_id), "jti": jti, "typ": "refresh", "exp": _exp(60 * 24 * 14)}
    return jwt.encode(claims, SIGNING_KEY, algorithm=ALGORITHM)


def read_token(token):
    return jwt.decode(token, SIGNING_KEY, algorithms=[ALGORITHM])
