"""Logout that follows `continue` (Quart)."""
from quart import Quart, redirect, request, session

app = Quart(__name__)


@app.get("/logout")
async def logout():
    session.clear()
    target = request.args.get("continue", "/")
    # expect: open-redirect
    return redirect(target)
