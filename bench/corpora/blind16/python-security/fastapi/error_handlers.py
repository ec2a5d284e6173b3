# library: fastapi
import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

app = FastAPI()
log = logging.getLogger(__name__)


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    # expect: stack-trace-exposure
    return JSONResponse({"error": str(exc), "trace": traceback.format_exc()}, status_code=500)


@app.exception_handler(ValueError)
async def bad_value(request: Request, exc: ValueError):
    log.exception("bad value on %s", request.url.path)
    return JSONResponse({"error": "invalid input"}, status_code=400)


@app.get("/reports/{rid}")
def report(rid: int):
    try:
        return {"rows": load_report(rid)}
    except Exception:
        # expect: stack-trace-exposure
        return PlainTextResponse(traceback.format_exc(), status_code=500)


@app.get("/reports/{rid}/safe")
def report_safe(rid: int):
    try:
        return {"rows": load_report(rid)}
    except Exception:
        log.error("report %s failed\n%s", rid, traceback.format_exc())
        return JSONResponse({"error": "internal error"}, status_code=500)


def load_report(rid):
    raise RuntimeError(f"report {rid} missing")
