"""Echoes a client trace id (FastAPI)."""
from fastapi import FastAPI, Header, Response

app = FastAPI()


@app.get("/ping")
def ping(response: Response, x_trace: str = Header("none")):
    # expect: header-injection
    response.headers["X-Trace-Echo"] = x_trace
    return {"pong": True}
