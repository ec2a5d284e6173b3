"""Settings and directories, read once."""
import os
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel


class AppSettings(BaseModel):
    BASE_URL: str = "http://localhost:8080"
    DB_URL: str = "sqlite:///./mealie.db"
    SCRAPER_TIMEOUT: int = 15
    CDN_BASE: str = "https://cdn.recipebox.app"


class AppDirectories:
    def __init__(self, data_dir: Path):
        self.DATA_DIR = data_dir
        self.RECIPE_DATA_DIR = data_dir / "recipes"


@lru_cache
def get_app_settings() -> AppSettings:
    return AppSettings(DB_URL=os.environ.get("DB_URL", "sqlite:///./mealie.db"))


@lru_cache
def get_app_dirs() -> AppDirectories:
    return AppDirectories(Path(os.environ.get("DATA_DIR", "/app/data")))
