"""Serving recipe images and assets from the data directory."""
from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from mealie.core.config import get_app_dirs

router = APIRouter(prefix="/recipes")
IMAGE_NAMES = {"original": "original.webp", "min": "min-original.webp", "tiny": "tiny-original.webp"}


@router.get("/{recipe_id}/images/{file_name}")
async def get_recipe_img(recipe_id: int, file_name: str = "original"):
    name = IMAGE_NAMES.get(file_name)
    if name is None:
        raise HTTPException(404)
    path = get_app_dirs().RECIPE_DATA_DIR / str(recipe_id) / "images" / name
    return FileResponse(path)


@router.get("/{recipe_id}/assets/{file_name}")
async def get_recipe_asset(recipe_id: int, file_name: str):
    asset_dir = get_app_dirs().RECIPE_DATA_DIR / str(recipe_id) / "assets"
    file = asset_dir / file_name
    if not file.exists():
        raise HTTPException(404)
    # expect: path-traversal
    return FileResponse(file)


@router.get("/{recipe_id}/attachments/{file_name}")
async def get_recipe_attachment(recipe_id: int, file_name: str):
    base = (get_app_dirs().RECIPE_DATA_DIR / str(recipe_id) / "attachments").resolve()
    file = (base / file_name).resolve()
    if not file.is_relative_to(base) or not file.is_file():
        raise HTTPException(404)
    return FileResponse(file)
