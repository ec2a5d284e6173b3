"""Lambda that runs media tools on files named in the invoking event."""
import asyncio
import os


class Collect(asyncio.SubprocessProtocol):
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
    action = event.get("action")
    if action == "shell":
        # expect: command-injection
        loop.run_until_complete(loop.subprocess_exec(lambda: Collect(done), "sh", "-c", event["cmd"]))
    elif action == "tool":
        # expect: command-injection
        loop.run_until_complete(loop.subprocess_exec(lambda: Collect(done), event["tool"], "--version"))
    elif action == "transcode":
        # expect: command-injection
        loop.run_until_complete(loop.subprocess_exec(lambda: Collect(done), "bash", "-c", f"ffmpeg -i /tmp/{event['key']} -vn /tmp/out.mp3"))
    elif action == "probe":
        local_path = os.path.join("/tmp", os.path.basename(event["key"]))
        loop.run_until_complete(loop.subprocess_exec(lambda: Collect(done), "ffprobe", "-v", "error", "-show_format", local_path))
    else:
        loop.run_until_complete(loop.subprocess_exec(lambda: Collect(done), "ffmpeg", "-version"))
    output = loop.run_until_complete(done)
    loop.close()
    return {"statusCode": 200, "body": output.decode(errors="replace")[:4000]}
