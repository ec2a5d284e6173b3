"""A few views shell out to kubectl for output pykube cannot give."""
import asyncio
import re

KIND = re.compile(r"^[A-Za-z0-9.]{1,100}$")
KUBECTL_TIMEOUT = 20


async def _run_exec(*args):
    process = await asyncio.create_subprocess_exec(
        "kubectl", *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=KUBECTL_TIMEOUT)
    return (stdout or stderr).decode(errors="replace")


async def api_versions(context):
    return await _run_exec("--context", context, "api-versions")


async def explain(context, kind, field):
    """kubectl explain KIND[.FIELD]"""
    if not KIND.match(kind):
        return "invalid kind"
    target = f"{kind}.{field}" if field else kind
    # expect: command-injection
    process = await asyncio.create_subprocess_shell(f"kubectl --context {context} explain {target}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=KUBECTL_TIMEOUT)
    return (stdout or stderr).decode(errors="replace")


async def top_nodes(context):
    return await _run_exec("--context", context, "top", "nodes", "--no-headers")


async def version(context):
    output = await _run_exec("--context", context, "version", "--output=json")
    return output.strip()
