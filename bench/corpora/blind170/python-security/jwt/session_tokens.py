"""Issue JWTs for the mobile app and for partner callbacks."""
import os
from datetime import datetime, timedelta, timezone

import jwt

SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
ISSUER = "https://auth.example.com"


def _now():
    return datetime.now(timezone.utc)


def access_token(user):
    claims = {
        "iss": ISSUER,
        "sub": str(user.id),
        "scope": " ".join(user.scopes),
        "iat": _now(),
        "exp": _now() + timedelta(minutes=15),
    }
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def profile_token(user):
    # JWT payloads are only base64: the app (and any log that stores the token) can read all of this
    profile = {"sub": str(user.id), "email": user.email, "password_hash": user.password, "ssn_last4": user.ssn[-4:], "exp": _now() + timedelta(hours=12)}
    # expect: info-exposure
    return jwt.encode(profile, SIGNING_KEY, algorithm="HS256")


def partner_callback_token(partner, order):
    payload = {"iss": ISSUER, "aud": partner.client_id, "order": order.number, "exp": _now() + timedelta(minutes=5)}
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")


def kyc_token(applicant):
    # expect: info-exposure
    return jwt.encode({"sub": applicant.id, "passport_number": applicant.passport_number, "date_of_birth": applicant.dob.isoformat(), "exp": _now() + timedelta(days=1)}, SIGNING_KEY, algorithm="HS256")


def sign(claims):
    """Sign claims built by the callers above (ids, scopes, expiry)."""
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def verify(token):
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], issuer=ISSUER)
