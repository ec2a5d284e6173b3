from prefect_server.models import deployments, flow_runs  # noqa: F401
