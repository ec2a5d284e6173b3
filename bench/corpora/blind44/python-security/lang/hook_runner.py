"""Command-line hook runner: runs a program given on the command line or in the environment."""
import argparse
import asyncio
import getopt
import os
import sys


class Echo(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def process_exited(self):
        self.done.set_result(True)


async def run_argv():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: Echo(done), sys.argv[1], *sys.argv[2:])
    await done


async def run_env_hook():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    hook = os.environ.get("POST_DEPLOY_HOOK", "true")
    # expect: command-injection
    await loop.subprocess_exec(lambda: Echo(done), "sh", "-c", hook)
    await done


async def run_parsed():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool")
    parser.add_argument("--target")
    args = parser.parse_args()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: Echo(done), args.tool, args.target)
    await done


async def run_getopt():
    opts, rest = getopt.getopt(sys.argv[1:], "c:")
    loop = asyncio.get_running_loop()
    for flag, value in opts:
        if flag == "-c":
            done = loop.create_future()
            # expect: command-injection
            await loop.subprocess_exec(lambda: Echo(done), ["bash", "-c", value])
            await done


async def run_version():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: Echo(done), "git", "rev-parse", "HEAD")
    await done


async def run_fixed_shell():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: Echo(done), "sh", "-c", "make -C /srv/app check")
    await done
