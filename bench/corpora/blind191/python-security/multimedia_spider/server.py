import os

from sanic import Sanic
from sanic.response import json

from api import api
from services.store import init_db

app = Sanic("multimediaSpider")
app.config.REQUEST_MAX_SIZE = 50 * 1024 * 1024
app.config.RESPONSE_TIMEOUT = 120
app.blueprint(api)


@app.before_server_start
async def setup(app, _loop):
    app.ctx.db = await init_db(os.environ.get("SPIDER_DB", "spider.db"))


@app.after_server_stop
async def teardown(app, _loop):
    await app.ctx.db.close()


@app.get("/health")
async def health(request):
    return json({"ok": True})


@app.exception(Exception)
async def on_error(request, exception):
    status = getattr(exception, "status_code", 500)
    return json({"error": str(exception) if status < 500 else "internal error"}, status=status)


if __name__ == "__main__":
    app.run(
        host=os.environ.get("SPIDER_HOST", "127.0.0.1"),
        port=int(os.environ.get("SPIDER_PORT", "8000")),
        debug=os.environ.get("SPIDER_DEBUG") == "1",
    )
