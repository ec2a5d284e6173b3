import logging
import os

from sanic import Sanic
from sanic.exceptions import Unauthorized

from .api.jobs import bp as jobs_bp

app = Sanic("pipeline")
app.blueprint(jobs_bp)
log = logging.getLogger("pipeline.server")

API_TOKENS = {t for t in os.environ.get("PIPELINE_TOKENS", "").split(",") if t}


@app.on_request
async def authenticate(request):
    token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if token not in API_TOKENS:
        raise Unauthorized("bad token")
    request.ctx.user = request.headers.get("x-submitted-by", "api")
    request.ctx.trace = request.headers.get("x-trace-id", "")


@app.on_response
async def trace_header(request, response):
    trace = getattr(request.ctx, "trace", "")
    if trace and trace.isalnum():
        response.headers["X-Trace-Id"] = trace


if __name__ == "__main__":
    app.run(host=os.environ.get("PIPELINE_HOST", "127.0.0.1"), port=8000, access_log=False)
