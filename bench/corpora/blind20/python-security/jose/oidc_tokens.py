"""Token checks with python-jose for the partner portal."""
import os

from jose import JWTError, jwk, jws, jwt

# expect: hardcoded-secret
PORTAL_SECRET = "p0rtal-s3cret-do-not-share"
ISSUER = "https://login.partner.example.com/"
AUDIENCE = "portal"


def mint(partner_id: str) -> str:
    return jwt.encode({"sub": partner_id, "iss": ISSUER, "aud": AUDIENCE}, PORTAL_SECRET, algorithm="HS256")


def mint_from_env(partner_id: str) -> str:
    return jwt.encode({"sub": partner_id}, os.environ["PORTAL_SECRET"], algorithm="HS256")


def check(token: str) -> dict:
    return jwt.decode(token, os.environ["PORTAL_SECRET"], algorithms=["HS256"], audience=AUDIENCE, issuer=ISSUER)


def check_lenient(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, key="", options={"verify_signature": False, "verify_aud": False})


def partner_of(token: str) -> str:
    # expect: jwt-no-verify
    return jwt.get_unverified_claims(token)["sub"]


def key_id(token: str) -> str:
    return jwt.get_unverified_header(token).get("kid", "")


def verify_detached(payload: bytes, signature: str, jwk_dict: dict) -> bool:
    key = jwk.construct(jwk_dict)
    try:
        jws.verify(signature, key, algorithms=["RS256"])
    except JWTError:
        return False
    return True


def check_rs(token: str, public_pem: str) -> dict:
    try:
        return jwt.decode(token, public_pem, algorithms=["RS256"], audience=AUDIENCE)
    except JWTError as exc:
        raise PermissionError("invalid token") from exc
