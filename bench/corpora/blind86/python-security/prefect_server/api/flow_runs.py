"""Routes for interacting with flow run objects."""
from fastapi import Body, Depends, Path
from fastapi.responses import PlainTextResponse

from prefect_server import models, schemas
from prefect_server.api.dependencies import provide_database_interface
from prefect_server.utilities.server import PrefectRouter
from prefect_server.utilities import templating

router = PrefectRouter(prefix="/flow_runs", tags=["Flow Runs"])


@router.post("/filter")
async def read_flow_runs(
    sort: str = Body("ID_DESC"),
    limit: int = Body(200, le=200),
    offset: int = Body(0, ge=0),
    flow_runs: schemas.FlowRunFilter = Body(None),
    db=Depends(provide_database_interface),
):
    async with db.session_context() as session:
        return await models.flow_runs.read_flow_runs(session, flow_run_filter=flow_runs, sort=sort, limit=limit, offset=offset)


@router.post("/search")
async def search_flow_runs(name_like: str = Body(..., embed=True), tag: str = Body(None, embed=True), db=Depends(provide_database_interface)):
    async with db.session_context() as session:
        return await models.flow_runs.search_by_name(session, name_like, tag)


@router.get("/{id}/graph-label", response_class=PlainTextResponse)
async def graph_label(id: str = Path(...), label_template: str = "{{ flow_run.name }}", db=Depends(provide_database_interface)):
    async with db.session_context() as session:
        flow_run = await models.flow_runs.read_flow_run(session, id)
    return templating.render_label(label_template, flow_run)


@router.get("/{id}/graph-label-safe", response_class=PlainTextResponse)
async def graph_label_safe(id: str = Path(...), label_template: str = "{{ flow_run.name }}", db=Depends(provide_database_interface)):
    async with db.session_context() as session:
        flow_run = await models.flow_runs.read_flow_run(session, id)
    return templating.render_label_sandboxed(label_template, flow_run)
