import os

from motor.motor_asyncio import AsyncIOMotorClient
from sanic import Sanic

from .blueprints.calc import bp as calc_bp
from .blueprints.notes import bp as notes_bp
from .middleware import attach_owner

app = Sanic("notes")
app.config.MONGO_URL = os.environ.get("NOTES_MONGO_URL", "mongodb://localhost:27017")
app.register_middleware(attach_owner, "request")
app.blueprint(notes_bp)
app.blueprint(calc_bp)


@app.before_server_start
async def setup_db(app, _loop):
    app.ctx.mongo = AsyncIOMotorClient(app.config.MONGO_URL)
    app.ctx.db = app.ctx.mongo["notes"]


@app.after_server_stop
async def close_db(app, _loop):
    app.ctx.mongo.close()


if __name__ == "__main__":
    app.run(host=os.environ.get("NOTES_HOST", "127.0.0.1"), port=8000)
