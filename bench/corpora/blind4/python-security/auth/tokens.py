"""Password reset, API tokens and SSO assertions."""
from __future__ import annotations

import random
import secrets
import string
import time

import jwt
import paramiko
from itsdangerous import URLSafeTimedSerializer

from common.config import settings

ALPHABET = string.ascii_letters + string.digits


def reset_token() -> str:
    # expect: insecure-random-token
    return "".join(random.choice(ALPHABET) for _ in range(32))


def reset_token_v2() -> str:
    return secrets.token_urlsafe(32)


def otp_code() -> str:
    # expect: insecure-random-token
    return f"{random.randint(0, 999999):06d}"


def retry_jitter(attempt: int) -> float:
    return min(30.0, 2 ** attempt) * random.uniform(0.5, 1.5)


def sample_for_audit(rows: list) -> list:
    return random.sample(rows, k=min(20, len(rows)))


def read_sso_assertion(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def read_sso_assertion_v2(token: str) -> dict:
    return jwt.decode(token, settings.SSO_PUBLIC_KEY, algorithms=["RS256"], audience="shop")


def key_id(token: str) -> str:
    """Pick the JWKS key; the token is verified afterwards."""
    return jwt.get_unverified_header(token)["kid"]


def service_token(subject: str) -> str:
    claims = {"sub": subject, "iat": int(time.time()), "exp": int(time.time()) + 300}
    # expect: jwt-alg-none
    return jwt.encode(claims, key=None, algorithm="none")


def signed_service_token(subject: str) -> str:
    claims = {"sub": subject, "iat": int(time.time()), "exp": int(time.time()) + 300}
    return jwt.encode(claims, settings.SERVICE_SIGNING_KEY, algorithm="ES256")


def accept_any_algorithm(token: str) -> dict:
    # expect: jwt-alg-none
    return jwt.decode(token, settings.SERVICE_SIGNING_KEY, algorithms=["HS256", "none"])


def email_link(user_id: int) -> str:
    signer = URLSafeTimedSerializer(settings.SECRET_KEY, salt="email-confirm")
    return signer.dumps(user_id)


def deploy_client(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # expect: paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", key_filename=settings.DEPLOY_KEY)
    return client


def deploy_client_strict(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=settings.DEPLOY_KEY)
    return client


def check_admin(user) -> None:
    # expect: assert-for-authorization
    assert user.is_staff, "staff only"
