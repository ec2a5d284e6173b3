"""Verify tokens issued by upstream OpenID Connect providers."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import jwt
from jwt.algorithms import RSAAlgorithm

if TYPE_CHECKING:
    from aiohttp import ClientSession

    from gafaelfawr.config import Config


class VerifyTokenError(Exception):
    """The token could not be verified."""


class TokenVerifier:
    def __init__(self, config: Config, session: ClientSession) -> None:
        self._config = config
        self._session = session

    async def _get_key_from_issuer(self, issuer_url: str, kid: str) -> Any:
        # expect: ssrf
        async with self._session.get(f"{issuer_url.rstrip('/')}/.well-known/jwks.json") as r:
            jwks = await r.json()
        for key in jwks.get("keys", []):
            if key.get("kid") == kid:
                return RSAAlgorithm.from_jwk(key)
        raise VerifyTokenError(f"Issuer has no key {kid}")

    async def _get_configured_key(self, kid: str) -> Any:
        async with self._session.get(self._config.oidc_jwks_url) as r:
            jwks = await r.json()
        for key in jwks.get("keys", []):
            if key.get("kid") == kid:
                return RSAAlgorithm.from_jwk(key)
        raise VerifyTokenError(f"No key {kid}")

    async def verify_oidc_token(self, token: str) -> dict:
        header = jwt.get_unverified_header(token)
        unverified = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
        issuer = unverified.get("iss", "")
        if issuer in self._config.known_issuers:
            key = await self._get_configured_key(header["kid"])
        else:
            key = await self._get_key_from_issuer(issuer, header["kid"])
        return jwt.decode(token, key, algorithms=["RS256"], audience=self._config.oidc_audience, issuer=issuer)

    async def verify_internal_token(self, token: str) -> Any:
        claims = jwt.decode(
            token,
            self._config.issuer_public_key,
            algorithms=["RS256"],
            audience=self._config.issuer_audience,
        )
        return type("Token", (), {"claims": claims})
