"""Async deploy CLI: runs build steps on the release host."""
import argparse
import asyncio
import getopt
import os
import shlex
import sys


class StepProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def process_exited(self):
        self.done.set_result(True)


async def build():
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(os.environ["BUILD_CMD"])
    return await proc.wait()


async def sync_assets():
    parser = argparse.ArgumentParser(description="sync static assets")
    parser.add_argument("src")
    parser.add_argument("dest")
    args = parser.parse_args()
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_shell(f"rsync -az --delete {args.src} {args.dest}")
    return await proc.wait()


async def run_raw():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    command = " ".join(sys.argv[1:])
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(lambda: StepProtocol(done), command)
    await done
    transport.close()


async def migrate(argv):
    opts, _ = getopt.getopt(argv, "m:", ["manage="])
    manage = "python manage.py"
    for opt, value in opts:
        if opt in ("-m", "--manage"):
            manage = value
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(manage + " migrate --noinput", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def cpu_count():
    proc = await asyncio.create_subprocess_shell("nproc", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return int(out)


async def tag_release():
    version = os.environ.get("RELEASE_VERSION", "dev")
    proc = await asyncio.create_subprocess_exec("git", "tag", "-a", version, "-m", "release " + shlex.quote(version))
    return await proc.wait()


if __name__ == "__main__":
    asyncio.run(build())
