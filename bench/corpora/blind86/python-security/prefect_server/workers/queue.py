"""A process worker: picks submitted runs and starts them with the job variables."""
import asyncio
import shlex

_pending: asyncio.Queue = asyncio.Queue()


async def submit(run):
    await _pending.put(run)


async def run_next():
    run = await _pending.get()
    variables = run["job_variables"]
    working_dir = variables.get("working_dir") or "/opt/prefect/flows"
    command = variables.get("command", "python -m prefect.engine")
    env = {"PREFECT__FLOW_RUN_ID": run["deployment_id"]}
    await asyncio.create_subprocess_exec(*shlex.split("python -m prefect.engine"), cwd="/opt/prefect/flows", env=env)
    # expect: command-injection
    process = await asyncio.create_subprocess_shell(f"cd {working_dir} && {command}", env=env)
    return await process.wait()
