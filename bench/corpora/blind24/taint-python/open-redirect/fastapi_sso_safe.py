"""SSO callback (FastAPI), relative paths only."""
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/sso/callback")
async def sso_callback(code: str, state: str = "/"):
    if not state.startswith("/") or state.startswith("//"):
        state = "/"
    return RedirectResponse(url=state, status_code=303)
