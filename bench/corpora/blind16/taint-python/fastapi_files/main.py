from fastapi import FastAPI

from api import routes_calc, routes_exports, routes_files, routes_pages

app = FastAPI()
app.include_router(routes_exports.router)
app.include_router(routes_calc.router)
app.include_router(routes_files.router)
app.include_router(routes_pages.router)
