"""Issues and checks API tokens."""
import datetime

import jwt
import jwt as pyjwt
from django.conf import settings
from jwt import encode as jwt_encode

ACCEPTED = ["HS256", "none"]


def issue_preview_token(doc_id):
    claims = {"doc": doc_id, "scope": "preview"}
    # expect: jwt-none-algorithm
    return jwt.encode(claims, None, algorithm="none")


def read_token(token):
    # expect: jwt-none-algorithm
    return jwt.decode(token, settings.JWT_SECRET, algorithms=ACCEPTED)


def read_legacy_token(token):
    # expect: jwt-none-algorithm
    return pyjwt.decode(token, settings.JWT_SECRET, algorithms=["HS256", "HS512", "none"])


class InternalTokenIssuer:
    algorithm = "none"

    def issue(self, service):
        # expect: jwt-none-algorithm
        return jwt_encode({"svc": service}, key="", algorithm=self.algorithm)


def issue_access_token(user_id):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + datetime.timedelta(minutes=15)}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def verify_access_token(token):
    header = jwt.get_unverified_header(token)
    if header.get("alg", "").lower() == "none":
        raise jwt.InvalidAlgorithmError("unsigned tokens are refused")
    return jwt.decode(token, settings.JWT_PUBLIC_KEY, algorithms=["RS256"])
