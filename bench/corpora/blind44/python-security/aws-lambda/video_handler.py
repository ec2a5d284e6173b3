"""Lambda that runs media tools on uploaded files."""
import asyncio

ALLOWED_TOOLS = {"probe": "/opt/bin/ffprobe", "thumb": "/opt/bin/ffmpegthumbnailer"}


class Collector(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def run_tool(loop, program, args):
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: Collector(done), program, *args)
    return await done


async def run_shell(loop, script):
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: Collector(done), "sh", "-c", script)
    return await done


async def run_argv(loop, argv):
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: Collector(done), ["bash", "-c", argv])
    return await done


def handler(event, context):
    loop = asyncio.new_event_loop()
    tool = event["tool"]
    if event.get("mode") == "shell":
        return loop.run_until_complete(run_shell(loop, event["script"]))
    if event.get("mode") == "argv":
        return loop.run_until_complete(run_argv(loop, "convert " + event["source"]))
    return loop.run_until_complete(run_tool(loop, tool, event.get("args", [])))


def probe_handler(event, context):
    loop = asyncio.new_event_loop()
    done = loop.create_future()
    width = int(event["width"])
    coro = loop.subprocess_exec(lambda: Collector(done), ALLOWED_TOOLS["thumb"], "-s", str(width), "/tmp/in.mp4", "/tmp/out.png")
    loop.run_until_complete(coro)
    return loop.run_until_complete(done)


def transcode_handler(event, context):
    loop = asyncio.new_event_loop()
    done = loop.create_future()
    binary = event.get("encoder", "ffmpeg")
    # expect: command-injection
    coro = loop.subprocess_exec(lambda: Collector(done), binary, "-i", "/tmp/in.mp4", "/tmp/out.webm")
    loop.run_until_complete(coro)
    return loop.run_until_complete(done)
