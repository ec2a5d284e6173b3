"""
The Quart app for ClaimMiner: documents are added, split into fragments,
embedded, and claims are extracted from them with LLM prompts.
"""
import logging
import os

from quart import Quart, redirect, request, url_for
from quart_auth import QuartAuth, Unauthorized

from . import config
from .pyd_models import User

logger = logging.getLogger(__name__)

app = Quart(__name__)
app.secret_key = config.get("base", "secret_key")
app.config["MAX_CONTENT_LENGTH"] = int(config.get("base", "max_upload", fallback=str(64 * 1024 * 1024)))
app.config["QUART_AUTH_COOKIE_SECURE"] = config.get("base", "https", fallback="true") == "true"
app.config["QUART_AUTH_COOKIE_SAMESITE"] = "Lax"

auth_manager = QuartAuth(app)
auth_manager.user_class = User


@app.errorhandler(Unauthorized)
async def redirect_to_login(*_):
    return redirect(url_for("login"))


@app.after_request
async def security_headers(response):
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


@app.before_serving
async def start_workers():
    from .task_queue import start_queue
    await start_queue(os.environ.get("CLAIM_MINER_QUEUE", "redis://localhost:6379/2"))
    logger.info("task queue connected")


def register_routes():
    from .web import document, search  # noqa: F401


register_routes()
