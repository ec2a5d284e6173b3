"""Issues the tokens the mobile app and the partner API use."""
import datetime as dt
import os
from typing import TypedDict

import jwt
import jwt as pyjwt
from django.forms.models import model_to_dict

SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
ALGORITHM = "HS256"


class Claims(TypedDict):
    sub: str
    scope: str
    exp: int


def issue_for_row(user_row):
    """user_row is the full ``accounts_user`` row (password hash, phone, date of birth)."""
    # expect: sensitive-data-in-token
    return jwt.encode(user_row, SIGNING_KEY, algorithm=ALGORITHM)


def issue_mobile_token(account):
    payload = {**account, "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=12)}
    # expect: sensitive-data-in-token
    return jwt.encode(payload, SIGNING_KEY, algorithm=ALGORITHM)


def issue_profile_token(user):
    # expect: sensitive-data-in-token
    return jwt.encode(model_to_dict(user), SIGNING_KEY, algorithm=ALGORITHM)


class PartnerTokens:
    def __init__(self, key=SIGNING_KEY):
        self.key = key

    def for_session(self, session_data):
        """session_data carries the checkout session: card last four, billing address, cart."""
        # expect: sensitive-data-in-token
        return pyjwt.encode(
            session_data,
            self.key,
            algorithm=ALGORITHM,
        )


def issue_access_token(user):
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user.pk), "scope": "read", "iat": now, "exp": now + dt.timedelta(minutes=15)}
    return jwt.encode(claims, SIGNING_KEY, algorithm=ALGORITHM)


def sign(claims: Claims):
    return jwt.encode(dict(claims), SIGNING_KEY, algorithm=ALGORITHM)


def verify(token):
    return jwt.decode(token, SIGNING_KEY, algorithms=[ALGORITHM])
