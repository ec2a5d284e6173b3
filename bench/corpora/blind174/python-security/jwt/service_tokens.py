"""Issues short-lived tokens for calls between internal services."""
import datetime as dt
import os

import jwt

ISSUER = "billing"
SIGNING_KEY = os.environ["SERVICE_JWT_KEY"]
with open(os.environ.get("SERVICE_JWT_PRIVATE_KEY", "/run/secrets/jwt_private.pem"), "rb") as fh:
    PRIVATE_KEY = fh.read()


def _claims(subject, audience, minutes):
    now = dt.datetime.now(dt.timezone.utc)
    return {"iss": ISSUER, "sub": subject, "aud": audience, "iat": now, "exp": now + dt.timedelta(minutes=minutes)}


def token_for(service):
    return jwt.encode(_claims("billing-worker", service, 5), SIGNING_KEY, algorithm="HS256")


def token_rs256(service):
    return jwt.encode(_claims("billing-worker", service, 5), PRIVATE_KEY, algorithm="RS256")


def ledger_token():
    # expect: hardcoded-secret
    return jwt.encode(_claims("billing-worker", "ledger", 5), "ledger-shared-secret-2021", algorithm="HS256")


def webhook_token(tenant):
    secret = "Xq93!mLw-7hTzP0v"
    # expect: hardcoded-secret
    return jwt.encode({"tenant": tenant, **_claims("webhooks", "partners", 60)}, secret, algorithm="HS256")


def verify(token, audience):
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], audience=audience, issuer=ISSUER)
