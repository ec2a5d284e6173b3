"""A class-based controller's route methods call the project's services with request data: FastAPI
routes declared inside a `@cbv(router)` class (fastapi-utils, as Mealie writes its controllers)
carry their `@router.post(...)` decorators indented, and the service module near them learns
what they pass (issue 31): the service's sink is reported in its own file, as for a route
function's call. A method called only with a setting stays quiet."""

from __future__ import annotations

from test_taint_modules import check, repository

SCRAPER = '''import requests


class RecipeScraper:
    def __init__(self, timeout):
        self.timeout = timeout

    def scrape(self, url):
        response = requests.get(url, timeout=self.timeout)
        return response.text

    def scrape_home(self, base):
        return requests.get(base + "/feed.json", timeout=self.timeout).text
'''

ROUTES = '''from fastapi import APIRouter
from fastapi_utils.cbv import cbv
from pydantic import BaseModel

from app.core.settings import HOME_URL
from app.services.scraper import RecipeScraper

router = APIRouter(prefix="/recipes")


class ScrapeRecipe(BaseModel):
    url: str


@cbv(router)
class RecipeController:
    @router.post("/create-url", status_code=201)
    def create_from_url(self, req: ScrapeRecipe):
        return RecipeScraper(10).scrape(req.url)

    @router.get("/home")
    def home(self):
        return RecipeScraper(10).scrape_home(HOME_URL)
'''


def test_a_service_called_from_a_class_based_controller_reports_its_sink(tmp_path):
    root = repository(tmp_path / "recipes", {"app/__init__.py": "", "app/services/__init__.py": "",
                                             "app/services/scraper.py": SCRAPER, "app/routes/__init__.py": "",
                                             "app/routes/recipes.py": ROUTES, "app/core/settings.py": 'HOME_URL = "https://example.org"\n'})
    assert check(root, "app/services/scraper.py") == {(9, "python/security/tainted-ssrf")}
