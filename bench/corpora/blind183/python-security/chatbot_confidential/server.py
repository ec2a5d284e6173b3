"""Sanic entry point of the confidential chatbot backend (``backend_sanic/server.py``)."""
import os

from sanic import Sanic
from sanic.response import json

from .api import bp as api_bp
from .db import init_db

app = Sanic("app")
app.config.REQUEST_MAX_SIZE = 50 * 1024 * 1024
app.config.UPLOAD_DIR = os.environ.get("CHATBOT_UPLOAD_DIR", "/var/lib/chatbot/uploads")
app.config.DB_PATH = os.environ.get("CHATBOT_DB", "/var/lib/chatbot/chat.sqlite3")
app.blueprint(api_bp)


@app.before_server_start
async def setup(app, _loop):
    os.makedirs(app.config.UPLOAD_DIR, mode=0o750, exist_ok=True)
    app.ctx.db = init_db(app.config.DB_PATH)


@app.get("/healthz")
async def healthz(request):
    return json({"ok": True})


@app.on_response
async def no_store(request, response):
    response.headers["Cache-Control"] = "no-store"


if __name__ == "__main__":
    app.run(
        host=os.environ.get("CHATBOT_HOST", "127.0.0.1"),
        port=int(os.environ.get("CHATBOT_PORT", "8000")),
        debug=os.environ.get("CHATBOT_DEBUG") == "1",
        access_log=True,
    )
