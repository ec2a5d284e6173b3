"""Sanic app of the feed reader."""
import os

from sanic import Sanic

from routes import bp

app = Sanic("feeds")
app.blueprint(bp)


@app.on_request
async def attach_user(request):
    request.ctx.user = request.headers.get("x-user", "guest")


if __name__ == "__main__":
    app.run(host=os.environ.get("FEEDS_HOST", "127.0.0.1"), port=int(os.environ.get("FEEDS_PORT", "8000")))
