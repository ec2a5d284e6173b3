from fastapi import Body, Depends

from prefect_server import models, schemas
from prefect_server.api.dependencies import provide_database_interface
from prefect_server.utilities.server import PrefectRouter
from prefect_server.workers import queue

router = PrefectRouter(prefix="/deployments", tags=["Deployments"])


@router.post("/{id}/create_flow_run")
async def create_flow_run_from_deployment(id: str, flow_run: schemas.DeploymentFlowRunCreate = Body(...), db=Depends(provide_database_interface)):
    async with db.session_context() as session:
        deployment = await models.deployments.read_deployment(session, id)
    job_variables = {**deployment.job_variables, **(flow_run.job_variables or {})}
    await queue.submit({"deployment_id": id, "parameters": flow_run.parameters, "job_variables": job_variables})
    return {"state": "SCHEDULED"}
