"""Fetches a remote avatar by URL (FastAPI + requests)."""
import requests
from fastapi import Body, FastAPI

app = FastAPI()


@app.post("/profile/avatar-from-url")
def avatar_from_url(url: str = Body(..., embed=True)):
    headers = {"User-Agent": "library-avatar/1.0"}
    # expect: ssrf
    resp = requests.get(url, headers=headers, timeout=5, stream=True)
    return {"content_type": resp.headers.get("content-type")}
