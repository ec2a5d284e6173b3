"""Quart app for the Zane image-manipulation API."""
import os

import aiohttp
from quart import Quart, jsonify

from .blueprints import api, home
from .utils.auth import TokenStore

zane = Quart(__name__)
zane.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
zane.config["DOCS_DIR"] = os.environ.get("ZANE_DOCS_DIR", os.path.join(os.path.dirname(__file__), "docs"))

zane.register_blueprint(api.bp, url_prefix="/api/v0")
zane.register_blueprint(home.bp, url_prefix="/")


@zane.before_serving
async def startup():
    zane.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
    zane.tokens = TokenStore(os.environ.get("ZANE_TOKEN_DB", "tokens.sqlite3"))


@zane.after_serving
async def shutdown():
    await zane.http.close()
    zane.tokens.close()


@zane.errorhandler(413)
async def too_large(_error):
    return jsonify(error="image too large"), 413


@zane.errorhandler(404)
async def not_found(_error):
    return jsonify(error="not found"), 404


if __name__ == "__main__":
    zane.run(host=os.environ.get("ZANE_HOST", "127.0.0.1"), port=int(os.environ.get("ZANE_PORT", "2000")))
