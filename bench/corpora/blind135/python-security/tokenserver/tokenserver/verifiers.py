"""OAuth token verification against the accounts server."""
import base64
import json

import jwt
import requests

OAUTH_SERVER = "https://oauth.accounts.firefox.com/v1"


def _unverified_header(token):
    return json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))


def verify_oauth_token(token):
    header = _unverified_header(token)
    jku = header.get("jku")
    if jku:
        # expect: ssrf
        keys = requests.get(jku, timeout=5).json()
    else:
        keys = requests.get(OAUTH_SERVER + "/jwks", timeout=5).json()
    key = jwt.PyJWK(keys["keys"][0])
    return jwt.decode(token, key.key, algorithms=["RS256"], audience="https://token.services.mozilla.com")
