"""Signed magic-link and webhook tokens."""
import time
import os

import jwt
from jwt import encode as jwt_encode

LINK_TTL = 600
# expect: hardcoded-secret
MAGIC_LINK_SECRET = "mL9$fq2Vx!r7TzK3wP0eB8nH"


def magic_link_token(user):
    claims = {"sub": user.id, "exp": int(time.time()) + LINK_TTL}
    return jwt.encode(claims, MAGIC_LINK_SECRET, algorithm="HS256")


def unsubscribe_token(subscriber):
    claims = {"sid": subscriber.id, "list": subscriber.list_id}
    # expect: hardcoded-secret
    return jwt.encode(claims, "unsub-7c1e9a44b2f04d3b", algorithm="HS256")


def invite_token(invite):
    claims = {"inv": invite.code, "team": invite.team_id}
    # expect: hardcoded-secret
    return jwt_encode(claims, key="team-invites-2024-Qh7Rz", algorithm="HS384")


class WebhookSigner:
    # expect: hardcoded-secret
    SIGNING_KEY = "whk_live_4Fz9Lm2Qp8Xs6Vt1"

    def sign(self, event):
        claims = {"evt": event.kind, "id": event.id, "ts": int(time.time())}
        return jwt.encode(claims, self.SIGNING_KEY, algorithm="HS256")


def service_token(service_name):
    claims = {"svc": service_name, "exp": int(time.time()) + 60}
    return jwt.encode(claims, os.environ["SERVICE_JWT_KEY"], algorithm="HS256")


def rs_token(user, private_key_pem):
    claims = {"sub": user.id}
    return jwt.encode(claims, private_key_pem, algorithm="RS256")
