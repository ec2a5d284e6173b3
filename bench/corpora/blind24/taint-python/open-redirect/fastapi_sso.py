"""SSO callback (FastAPI)."""
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/sso/callback")
async def sso_callback(code: str, state: str = "/"):
    # state carries the page the user started from
    # expect: open-redirect
    return RedirectResponse(url=state, status_code=303)
