"""Sanic service that maps raw tracking events onto analytics destinations."""
import os

from sanic import Sanic

from database import TrackerDB
from url import app_routes

app = Sanic("TrackEventMapper")
app.config.EXPORT_DIR = os.environ.get("EXPORT_DIR", "/var/lib/tracker/exports")
app.config.ADMIN_TOKEN = os.environ.get("TRACKER_ADMIN_TOKEN", "")

app.blueprint(app_routes)


@app.before_server_start
async def setup_db(app_, _loop):
    app_.ctx.db = TrackerDB(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))


@app.after_server_stop
async def close_db(app_, _loop):
    app_.ctx.db.close()


@app.middleware("request")
async def admin_guard(request):
    if request.path.startswith("/admin/"):
        token = request.headers.get("X-Admin-Token", "")
        if not app.config.ADMIN_TOKEN or token != app.config.ADMIN_TOKEN:
            from sanic.response import json

            return json({"error": "forbidden"}, status=403)


if __name__ == "__main__":
    app.run(
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", "8000")),
        debug=os.environ.get("SANIC_DEBUG") == "1",
    )
