# library: loguru
import hashlib

from flask import Flask, request
from loguru import logger

app = Flask(__name__)


def check_credentials(user, password):
    return False


@app.post("/login")
def login():
    user = request.form["username"]
    password = request.form["password"]
    # expect: cleartext-logging
    logger.debug(f"login attempt user={user} password={password}")
    if not check_credentials(user, password):
        logger.warning("login failed for {}", user)
        return {"ok": False}, 401
    return {"ok": True}


@app.post("/api/sync")
def sync():
    auth = request.headers.get("Authorization", "")
    # expect: cleartext-logging
    logger.info("sync request auth={} ip={}", auth, request.remote_addr)
    fp = hashlib.sha256(auth.encode()).hexdigest()[:12]
    logger.info("sync request token_fp={} ip={}", fp, request.remote_addr)
    return {"ok": True}


@app.post("/password/reset")
def reset():
    email = request.form["email"]
    logger.info("password reset requested for {}", email)
    return {"ok": True}
