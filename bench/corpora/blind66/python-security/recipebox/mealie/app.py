"""Application entry point."""
from fastapi import FastAPI

from mealie.core.dependencies import HouseholdMiddleware
from mealie.routes.media.media_recipe import router as media_router
from mealie.routes.recipe.recipe_crud_routes import router as recipe_router
from mealie.routes.recipe.share_routes import router as share_router

app = FastAPI(title="recipebox", docs_url="/docs")
app.add_middleware(HouseholdMiddleware)
app.include_router(recipe_router, prefix="/api")
app.include_router(media_router, prefix="/api/media")
app.include_router(share_router)
