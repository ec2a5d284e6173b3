import json
import uuid
from typing import Dict, List

import yaml
from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from sqlalchemy.orm import Session

from database.connection import SessionLocal
from models.recipe import Recipe
from models.recipe_image import RecipeImage
from services import images, search

router = APIRouter(prefix="", tags=["recipes"])


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@router.get("/recipes/search")
def search_recipes(q: str = "", order: str = "newest", db: Session = Depends(get_db)):
    return [{"id": str(r.id), "title": r.title} for r in search.search_titles(db, q, order)]


@router.get("/recipes/by-tag/{tag}")
def by_tag(tag: str, db: Session = Depends(get_db)) -> List[Dict]:
    return search.search_by_tag(db, tag)


@router.get("/v2/recipes/by-tag/{tag}")
def by_tag_v2(tag: str, db: Session = Depends(get_db)) -> List[Dict]:
    return search.search_by_tag_bound(db, tag)


@router.post("/recipes/{recipe_id}/images/remote")
def add_remote_image(recipe_id: uuid.UUID, payload: dict, db: Session = Depends(get_db)):
    data = images.import_remote(payload["image_url"])
    path = images.store_generated(recipe_id, ".jpg", data)
    db.add(RecipeImage(recipe_id=recipe_id, path=path))
    db.commit()
    return {"path": path}


@router.post("/recipes/{recipe_id}/images")
async def upload_image(recipe_id: uuid.UUID, file: UploadFile = File(...), db: Session = Depends(get_db)):
    data = await file.read()
    path = images.store_named(str(recipe_id), file.filename, data)
    db.add(RecipeImage(recipe_id=recipe_id, path=path))
    db.commit()
    return {"path": path}


@router.post("/recipes/import")
async def import_recipe(request: Request, fmt: str = Form("json"), file: UploadFile = File(...), db: Session = Depends(get_db)):
    raw = await file.read()
    if fmt == "yaml":
        # expect: deserialization
        doc = yaml.load(raw, Loader=yaml.Loader)
    else:
        doc = json.loads(raw)
    recipe = Recipe(id=uuid.uuid4(), title=str(doc["title"]), description=str(doc.get("description", "")))
    db.add(recipe)
    db.commit()
    return {"id": str(recipe.id)}


@router.post("/v2/recipes/import")
async def import_recipe_v2(file: UploadFile = File(...), db: Session = Depends(get_db)):
    doc = yaml.safe_load(await file.read())
    if not isinstance(doc, dict) or "title" not in doc:
        raise HTTPException(status_code=422, detail="title required")
    recipe = Recipe(id=uuid.uuid4(), title=str(doc["title"]), description=str(doc.get("description", "")))
    db.add(recipe)
    db.commit()
    return {"id": str(recipe.id)}
