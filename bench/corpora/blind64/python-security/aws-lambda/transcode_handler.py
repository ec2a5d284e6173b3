"""S3-triggered and API-triggered media jobs that shell out from a Lambda."""
import asyncio
import json

TOOLS = {"thumb": "/opt/bin/thumbnailer", "probe": "/opt/bin/ffprobe"}


class JobProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


def handler(event, context):
    loop = asyncio.new_event_loop()
    done = loop.create_future()
    tool = event["detail"]["tool"]
    # expect: command-injection
    transport, _ = loop.run_until_complete(loop.subprocess_exec(lambda: JobProtocol(done), tool, "--version"))
    out = loop.run_until_complete(done)
    transport.close()
    return {"tool": tool, "version": out.decode()}


def api_handler(event, context):
    body = json.loads(event["body"])
    loop = asyncio.new_event_loop()
    done = loop.create_future()
    argv = [body["program"], "-i", "/tmp/in.mp4"]
    # expect: command-injection
    loop.run_until_complete(loop.subprocess_exec(lambda: JobProtocol(done), *argv))
    return {"statusCode": 202, "body": loop.run_until_complete(done).decode()}


def s3_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    loop = asyncio.new_event_loop()
    done = loop.create_future()
    script = "aws s3 cp s3://media-in/" + key + " /tmp/in && /opt/bin/thumbnailer /tmp/in"
    # expect: command-injection
    loop.run_until_complete(loop.subprocess_exec(lambda: JobProtocol(done), "sh", "-c", script))
    return {"status": "ok", "log": loop.run_until_complete(done).decode()}


def hook_handler(event, context):
    loop = asyncio.get_event_loop()
    done = loop.create_future()
    hook = event.get("queryStringParameters", {}).get("hook", "")
    coro = loop.subprocess_exec(
        lambda: JobProtocol(done),
        # expect: command-injection
        *["bash", "-c", f"/opt/hooks/run {hook}"],
    )
    loop.run_until_complete(coro)
    return {"statusCode": 200}


def safe_handler(event, context):
    loop = asyncio.new_event_loop()
    done = loop.create_future()
    tool = TOOLS.get(event["detail"]["tool"], TOOLS["probe"])
    loop.run_until_complete(loop.subprocess_exec(lambda: JobProtocol(done), tool, "--version"))
    return {"version": loop.run_until_complete(done).decode()}


def safe_s3_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    loop = asyncio.new_event_loop()
    done = loop.create_future()
    local = "/tmp/" + key.rsplit("/", 1)[-1].replace("..", "_")
    loop.run_until_complete(loop.subprocess_exec(lambda: JobProtocol(done), TOOLS["thumb"], "--", local))
    return {"status": "ok"}
