"""GitHub App used to open pull requests with translation updates."""
from __future__ import annotations

import time

import jwt
import requests

APP_ID = 914276
INSTALLATION_ID = 51873302
API = "https://api.github.com"

# expect: private-key
APP_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA1hQeU6KbrX402Dfre+knMBq2Qv3Smrg9HmjQUfIlleRNI4q9
scnpHe0h1COjBJQHCeX3C89zWyTWZKLHh2rxeROBe2TItzPkJvuFxCr9djXdtBW1
wWiDES5a30pKxccq/AypxsN4kcRFMUwdQOtXqubewoa3MDQu5g6gPMvBCj9sSuyq
fismi0zNmj5dT8lruqJvxssK5vQopf1V6iJuM+nasQPIXUnI6IYB9TpOaKyyUid4
g3c82VYkO2tVYXVv3xo5Bz5i7r1OfyHP0XVilPRdnin2Wavveecojmyk9j2xeUa/
baZuY/N93hlSCNW3sQG575dLliRNvtqbfV9f3wIDAQABAoIBAB3FanpDENdNx9eR
30O6JuL/s/0ZA2LU4FsMRHxA6o0v1LJupvbEl5C724p+8jq+w0PTIUoZLXetZctU
/96LNs2ZstYQLAGeS8pIDFA9kkYQM6bJph8hg6iuA6Et2bwreITY1ft4T5ol62Fx
rlfK4sQ3mx7+URd5ClSgEBSkWVItQqKH39SmGFjtWn+GQRuQDmDXNw5Oh9fksSNP
5NCaBzqvmyvADgl2w/NNZqxXWsYiHtzruM5PahjZPlLNaSTUXvox0vdnJapKrIGM
Me3pHjhrKZYJakFjAbaR0PMjew6mWnRaMZ7vQp2pxBpQt24vJOG52xinb52hsibL
5lTL3FECgYEA8c9/pW+vFr8Uem79ZL/JyMmrxODa3DVPqvymEBdYQacI7jM8X9CL
JO2O2nAv9MyiB5gLksP6UM3f8/bl0Fwpz3x/GlK2C3tgoa5Ms2Baw6D5aE8MbPO5
CN2z0ZcMzNFwKZYK0ipDLCbSt6CxfDJU2UmYcGHw4MeABWZdG4V88FMCgYEA4qQH
Gp0tVE4qoj3wkD8SEHY6QHSj469vxIA/DofwGTSLXqlk74BOlVDvWK6cYTU2Sed7
2yEsk7oF6dHtZJmBOZ75WlS/QMVQr9fVvmXlMU7WGxUrH5gGBsFnNHJVnVKMOMUp
OHP006fpDZUwDvHm21iPS9ee4cLAYJm17ShN0MUCgYAHTUfCfCPiYPTCWbWnJC94
s7ZPJKcXPTjhpe1x0PKmUN/xKXTqQ8bf35iPuhGIp+FAr3OyA978L6tSl6MK7q2I
iW7hIZxDrn8VgsjoJcG35JWDc9ehNp7gyKkUbCZDzRNA/jnnbMVIgQed6elSIcb0
JMfIpPx8HSodf6DSIu7J5wKBgQDhQCLrWZHGu1V2IFdqFbUvdUGZ9BM65I8R3mBN
Yd/IPUfTEkqGGqB/mIv5OLmlh0xokU+wzzzNqdHcvM7S8BnWGeE73QSkLDdwPPRr
ojvzEKaNDjHo2aALsMaRAp2CmZtRhOrd96k5fyWKYV79S4ClOlRZDXkUagnnOH3u
seL8/QKBgQClKfZGvC1MaQg5642rEOT7uiSahzHHk7OT6hpTe7vEjW1pFvzsHicw
e2DEHaKBaPROURiD3SN3CiI54Sv5FpE1nAlyHiityPTUq2YB+U8T/ZUSvgbeUStf
q+++xJptqhSFE71ZeAk9Mc6KivAtadb/W45ttqGHHqbTCF4R/yssPQ==
-----END RSA PRIVATE KEY-----
"""

# expect: github-token
FALLBACK_TOKEN = "ghp_rzkUC0z6vW7Qh3cUkeUxikoUTplCbw1zg4l3"


def app_jwt() -> str:
    now = int(time.time())
    return jwt.encode({"iat": now - 60, "exp": now + 540, "iss": APP_ID}, APP_PRIVATE_KEY, algorithm="RS256")


def installation_token() -> str:
    resp = requests.post(
        f"{API}/app/installations/{INSTALLATION_ID}/access_tokens",
        headers={"Authorization": f"Bearer {app_jwt()}", "Accept": "application/vnd.github+json"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["token"]


def open_pr(repo: str, branch: str, title: str) -> int:
    token = installation_token()
    resp = requests.post(
        f"{API}/repos/{repo}/pulls",
        json={"title": title, "head": branch, "base": "main"},
        headers={"Authorization": f"token {token}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["number"]


def pinned_commit() -> str:
    """The translation snapshot the app was last synced to."""
    return "a518220d8ad6158d04849bb2b476720269d0b4e3"
