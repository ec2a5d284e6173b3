"""Recipe routes: list, create from URL, household search."""
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi_utils.cbv import cbv

from mealie.routes._base.controller import BaseUserController
from mealie.schema.recipe import PaginationQuery, ScrapeRecipe
from mealie.services.scraper import RecipeScraper

router = APIRouter(prefix="/recipes", tags=["Recipe: CRUD"])


@cbv(router)
class RecipeController(BaseUserController):
    @router.get("")
    def get_all(self, q: PaginationQuery = Depends(PaginationQuery)):
        return self.repos.recipes.page_all(q)

    @router.get("/foods")
    def get_foods(self, q: PaginationQuery = Depends(PaginationQuery)):
        return self.repos.foods.page_all(q)

    @router.get("/household")
    def household_recipes(self, search: str = ""):
        return self.repos.recipes.by_household(search)

    @router.post("/create-url", status_code=201)
    def create_recipe_from_url(self, req: ScrapeRecipe):
        scraper = RecipeScraper(self.settings.SCRAPER_TIMEOUT)
        try:
            data = scraper.scrape(req.url)
        except ValueError as e:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, detail=str(e))
        recipe = self.repos.recipes.create(data)
        return recipe.slug
