"""Build the FastAPI application and mount the routers."""
from fastapi import FastAPI

from galaxy_jobs.webapps.api import histories, tools
from galaxy_jobs.webapps.depends import GalaxyHistoryMiddleware


def initialize_fast_app() -> FastAPI:
    app = FastAPI(title="Galaxy API", docs_url="/api/docs")
    app.add_middleware(GalaxyHistoryMiddleware)
    app.include_router(tools.router)
    app.include_router(histories.router)
    return app


app = initialize_fast_app()
