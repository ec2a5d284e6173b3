from fastapi import FastAPI

from . import actions  # noqa: F401  (registers the job actions)
from .routers import jobs, rules

app = FastAPI(title="jobs")
app.include_router(jobs.router, prefix="/jobs")
app.include_router(rules.router, prefix="/rules")
