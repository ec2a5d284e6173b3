"""Network diagnostics Lambda behind the support console."""
import asyncio
import json
from asyncio.subprocess import PIPE

ALLOWED_REGIONS = {"eu-west-1", "us-east-1"}


class _Collector(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    host = params["host"]

    async def ping():
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"ping -c 3 {host}", stdout=PIPE)
        out, _ = await proc.communicate()
        return out.decode()

    async def trace():
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        # expect: command-injection
        await loop.subprocess_shell(lambda: _Collector(done), "traceroute " + host)
        return (await done).decode()

    async def dig():
        record = params.get("type", "A")
        cmd = "dig +short %s %s" % (record, host)
        # expect: command-injection
        proc = await asyncio.subprocess.create_subprocess_shell(cmd, stdout=PIPE)
        out, _ = await proc.communicate()
        return out.decode()

    async def uptime():
        proc = await asyncio.create_subprocess_shell("uptime", stdout=PIPE)
        out, _ = await proc.communicate()
        return out.decode()

    action = {"ping": ping, "trace": trace, "dig": dig}.get(params.get("action"), uptime)
    return {"statusCode": 200, "body": json.dumps({"output": asyncio.run(action())})}


def region_handler(event, context):
    region = event["detail"]["region"]
    if region not in ALLOWED_REGIONS:
        return {"statusCode": 400}

    async def describe():
        proc = await asyncio.create_subprocess_exec("aws", "ec2", "describe-instances", "--region", region, stdout=PIPE)
        out, _ = await proc.communicate()
        return out.decode()

    return {"statusCode": 200, "body": asyncio.run(describe())}


async def _run_shell(command):
    proc = await asyncio.create_subprocess_shell(command, stdout=PIPE)
    out, _ = await proc.communicate()
    return out


def whois_handler(event, context):
    domain = event["pathParameters"]["domain"]
    # expect: command-injection
    out = asyncio.run(_run_shell("whois " + domain))
    return {"statusCode": 200, "body": out.decode(errors="replace")}
