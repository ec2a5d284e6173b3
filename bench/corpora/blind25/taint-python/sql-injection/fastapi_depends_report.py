"""Report endpoint whose filter comes through a dependency (FastAPI)."""
from fastapi import Depends, FastAPI, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from .db import get_session

app = FastAPI()


class Filters:
    def __init__(self, branch: str = Query("main"), status: str = Query("active")):
        self.branch = branch
        self.status = status


@app.get("/reports/members")
async def member_report(filters: Filters = Depends(), session: AsyncSession = Depends(get_session)):
    where = "branch = '%s' AND status = '%s'" % (filters.branch, filters.status)
    # expect: sql-injection
    result = await session.execute(text("SELECT count(*) FROM members WHERE " + where))
    return {"count": result.scalar()}
