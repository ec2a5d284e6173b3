"""Token helpers shared by the API gateway and the admin tools (PyJWT 1.x)."""
import jwt
from jwt import decode as jwt_decode

from .config import JWT_PUBLIC_KEY, JWT_SECRET

ALGORITHMS = ["HS256"]


def user_id_from(token):
    # expect: unverified-jwt
    claims = jwt.decode(token, verify=False)
    return claims["sub"]


def tenant_of(request):
    header = request.headers.get("Authorization", "")
    token = header.split(" ", 1)[-1]
    # expect: unverified-jwt
    return jwt_decode(token, JWT_SECRET, verify=False, algorithms=ALGORITHMS).get("tenant")


class TokenInspector:
    verify_tokens = False

    def peek(self, token):
        # expect: unverified-jwt
        return jwt.decode(token, JWT_PUBLIC_KEY, algorithms=["RS256"], verify=self.verify_tokens)

    def expiry(self, token):
        claims = jwt.decode(
            token,
            # expect: unverified-jwt
            verify=False,
        )
        return claims.get("exp")


def verified_claims(token):
    return jwt.decode(token, JWT_SECRET, algorithms=ALGORITHMS)


def key_id(token):
    return jwt.get_unverified_header(token).get("kid")


def issue(user_id):
    return jwt.encode({"sub": user_id}, JWT_SECRET, algorithm="HS256")
