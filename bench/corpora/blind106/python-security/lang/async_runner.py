"""Async job runner started by the scheduler with a job spec on the command line."""
import argparse
import asyncio
import os
import sys


class JobProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def run_job(argv):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: JobProtocol(done), *argv[1:])
    output = await done
    transport.close()
    return output


async def run_hook():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    hook = os.environ.get("JOB_HOOK", "true")
    # expect: command-injection
    await loop.subprocess_exec(lambda: JobProtocol(done), "bash", "-c", hook)
    return await done


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--converter", default="convert")
    parser.add_argument("source")
    args = parser.parse_args()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: JobProtocol(done), args.converter, args.source, "out.png")
    await done


async def health():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: JobProtocol(done), "uptime")
    return await done


async def cleanup():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: JobProtocol(done), "sh", "-c", "rm -rf /var/tmp/jobs/*.partial")
    return await done


if __name__ == "__main__":
    asyncio.run(run_job(sys.argv) if len(sys.argv) > 2 else main())
