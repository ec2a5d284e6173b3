"""Token verification in the gateway (PyJWT)."""
import jwt
from jwt import PyJWKClient

JWKS = PyJWKClient("https://auth.example.com/.well-known/jwks.json")


def verify(token: str) -> dict:
    key = JWKS.get_signing_key_from_jwt(token).key
    return jwt.decode(token, key, algorithms=["RS256"], audience="gateway")


def verify_ignoring_expiry(token: str, key: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": False})


def claims_for_logging(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, algorithms=["RS256"], options={"verify_signature": False})


def verify_any_algorithm(token: str, key: str) -> dict:
    header = jwt.get_unverified_header(token)
    # expect: jwt-none-alg
    return jwt.decode(token, key, algorithms=[header["alg"]])
