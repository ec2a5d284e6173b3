from typing import Annotated, Optional

import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from pydantic import BaseModel

app = FastAPI(title="Catalog API")

app.add_middleware(
    CORSMiddleware,
    # expect: cors-misconfiguration
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

TRUSTED_RETURN_PATHS = {"/", "/account", "/cart"}


class Item(BaseModel):
    name: str
    price: float
    tags: list[str] = []


def get_db():
    from catalog.db import SessionLocal

    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/items/{item_id}")
async def read_item(item_id: int, db=Depends(get_db)):
    item = db.get_item(item_id)
    if item is None:
        raise HTTPException(status_code=404)
    return item


@app.get("/search", response_class=HTMLResponse)
async def search(q: Annotated[str, Query(max_length=100)] = ""):
    # expect: xss
    return HTMLResponse(f"<h1>Results for {q}</h1><div id='results'></div>")


@app.get("/done")
async def done(next: Optional[str] = None):
    if next in TRUSTED_RETURN_PATHS:
        return RedirectResponse(next)
    return RedirectResponse("/")


@app.get("/continue")
async def continue_to(url: str):
    # expect: open-redirect
    return RedirectResponse(url=url, status_code=302)


@app.post("/items")
async def create_item(item: Item, db=Depends(get_db)):
    created = db.create_item(item)
    return JSONResponse(created, status_code=201)


if __name__ == "__main__":
    # expect: bind-all-interfaces
    uvicorn.run("api.fastapi_app:app", host="0.0.0.0", port=8000, reload=True)
