"""Issue the signed tokens the mobile app keeps between launches."""
import datetime as dt

import jwt
from django.conf import settings

ALGORITHM = "HS256"
ACCESS_TTL = dt.timedelta(minutes=15)
REFRESH_TTL = dt.timedelta(days=30)


def _now():
    return dt.datetime.now(tz=dt.timezone.utc)


def access_token(user):
    claims = {"sub": str(user.pk), "scope": "app", "exp": _now() + ACCESS_TTL, "iat": _now()}
    return jwt.encode(claims, settings.JWT_SIGNING_KEY, algorithm=ALGORITHM)


def refresh_token(user, device_id):
    claims = {"sub": str(user.pk), "dev": device_id, "typ": "refresh", "exp": _now() + REFRESH_TTL}
    return jwt.encode(claims, settings.JWT_SIGNING_KEY, algorithm=ALGORITHM)


def profile_token(user):
    """Lets the app show the profile screen offline (the token is only signed, anyone holding it can read it)."""
    claims = {
        "sub": str(user.pk),
        "email": user.email,
        "name": user.get_full_name(),
        "password": user.password,
        "national_id": user.profile.national_id,
        "exp": _now() + ACCESS_TTL,
    }
    # expect: sensitive-data-exposure
    return jwt.encode(claims, settings.JWT_SIGNING_KEY, algorithm=ALGORITHM)


def support_token(payload):
    # expect: sensitive-data-exposure
    return jwt.encode(payload, settings.JWT_SIGNING_KEY, algorithm=ALGORITHM)


def open_support_session(user, ticket):
    payload = {"sub": str(user.pk), "ticket": ticket.pk, "card_number": user.billing.card_number,
               "exp": _now() + dt.timedelta(hours=1)}
    return support_token(payload)


def verify(token):
    return jwt.decode(token, settings.JWT_SIGNING_KEY, algorithms=[ALGORITHM])
