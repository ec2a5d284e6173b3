import hashlib
import hmac
import os

# expect: generic-secret
GITHUB_WEBHOOK_SECRET = "60ed04497b29068e4ec16e90074d1108af6aacfcaf95e3f4"
# expect: generic-secret
FIELD_ENCRYPTION_KEY = "y3hfV9JvLD6y7KBL0mzyoLgum871oLTvUfsnjrr/cpE="
PAYLOAD_SCHEMA_SHA256 = "c7c5c1d70c5dec4416ab6158afd0b223ef40c29b1dc1f97ed9428b94d4cadb1c"
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
PARTNER_SECRET = os.environ.get("PARTNER_WEBHOOK_SECRET", "")
PASSWORD_FIELD = "password"
RESET_PASSWORD_URL = "/account/password/reset"


def verify(body: bytes, signature: str) -> bool:
    digest = hmac.new(GITHUB_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest("sha256=" + digest, signature)
