"""Request handlers; hardware work is delegated to pumps.py, storage to db.py."""
import html

from starlette.authentication import requires
from starlette.responses import HTMLResponse, JSONResponse

import db
import pumps

MAX_ML = 400


async def health(request):
    return JSONResponse({"status": "ok"})


async def list_slots(request):
    return JSONResponse({"slots": await db.all_slots()})


@requires("authenticated")
async def edit(request):
    body = await request.json()
    try:
        slot = int(body["slot"])
    except (KeyError, TypeError, ValueError):
        return JSONResponse({"error": "slot must be an integer"}, status_code=400)
    drink = str(body.get("drink", "")).strip()[:64]
    await db.rename_slot(slot, drink)
    await db.set_strength(slot, body.get("strength", "normal"))
    return JSONResponse({"slot": slot, "drink": drink})


@requires("authenticated")
async def pour(request):
    body = await request.json()
    try:
        ml = min(int(body.get("ml", 200)), MAX_ML)
        slot = int(body["slot"])
    except (KeyError, TypeError, ValueError):
        return JSONResponse({"error": "bad pour request"}, status_code=400)
    pump = await db.pump_for_slot(slot)
    if pump is None:
        return JSONResponse({"error": "unknown slot"}, status_code=404)
    await pumps.run_pump(pump, ml)
    await db.log_pour(request.user.display_name, slot, ml)
    return JSONResponse({"poured": ml})


@requires("admin")
async def clean(request):
    body = await request.json()
    await pumps.flush_line(body.get("pump", "all"), body.get("seconds", 5))
    return JSONResponse({"cleaning": True})


async def menu(request):
    slots = await db.all_slots()
    items = "".join(f"<li>{s['slot']}: {s['name']}</li>" for s in slots)
    # expect: xss
    return HTMLResponse(f"<html><body><h1>Tonight's menu</h1><ul>{items}</ul></body></html>")


async def history(request):
    rows = await db.recent_pours(limit=20)
    lines = "".join(f"<tr><td>{html.escape(r['who'])}</td><td>{html.escape(r['drink'])}</td><td>{int(r['ml'])}</td></tr>" for r in rows)
    return HTMLResponse(f"<table>{lines}</table>")
