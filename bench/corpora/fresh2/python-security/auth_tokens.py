"""Token handling for the API gateway."""
import jwt as pyjwt
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

PUBLIC_KEY = open("/etc/gateway/jwt.pub").read()


def claims_from_header(token):
    # expect: jwt-no-verify
    return pyjwt.decode(token, options={"verify_signature": False})


def claims_verified(token):
    return pyjwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="gateway")


def key_id(token):
    # reading the header to pick a key is fine
    return pyjwt.get_unverified_header(token)["kid"]


def accept_none(token):
    # expect: jwt-no-verify
    return pyjwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "none"])


def jose_claims(token):
    # expect: jwt-no-verify
    return jose_jwt.get_unverified_claims(token)


def jose_verified(token):
    try:
        return jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])
    except JWTError:
        return None


def jose_skip_sig(token):
    # expect: jwt-no-verify
    return jose_jwt.decode(token, PUBLIC_KEY, options={"verify_signature": False, "verify_aud": False})


def jose_skip_audience(token):
    return jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})


def mint_unsigned(claims):
    # expect: jwt-no-verify
    return pyjwt.encode(claims, None, algorithm="none")


def mint(claims, private_key):
    return pyjwt.encode(claims, private_key, algorithm="RS256")
