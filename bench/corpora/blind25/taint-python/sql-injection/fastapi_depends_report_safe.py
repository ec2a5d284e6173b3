"""Report endpoint whose filter comes through a dependency (FastAPI), bound."""
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
    result = await session.execute(text("SELECT count(*) FROM members WHERE branch = :b AND status = :s"), {"b": filters.branch, "s": filters.status})
    return {"count": result.scalar()}
