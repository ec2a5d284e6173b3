# library: uuid
import random
import secrets
import time
import uuid


def new_reset_token(user_id):
    # expect: insecure-random
    token = str(uuid.uuid1())
    return {"user": user_id, "token": token, "expires": time.time() + 3600}


def new_reset_token_safe(user_id):
    return {"user": user_id, "token": secrets.token_urlsafe(32), "expires": time.time() + 3600}


def new_api_key():
    # expect: insecure-random
    return "%032x" % random.getrandbits(128)


def new_request_id():
    return uuid.uuid4().hex


def retry_delay(attempt):
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)


def new_invite_code():
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))
