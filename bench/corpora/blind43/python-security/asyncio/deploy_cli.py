"""Command-line deploy helper that drives external tools asynchronously."""
import argparse
import asyncio
import getopt
import os
import sys


async def edit_notes(notes_path):
    editor = os.environ.get("EDITOR", "vi")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(editor, notes_path)
    return await proc.wait()


async def run_hook():
    hook = os.getenv("POST_DEPLOY_HOOK")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("/bin/bash", "-c", hook)
    await proc.communicate()


async def tag_release(argv):
    opts, rest = getopt.getopt(argv, "t:", ["tag="])
    for opt, value in opts:
        if opt in ("-t", "--tag"):
            tag_cmd = ["git", "tag", "-a", value, "-m", "release"]
            # expect: command-injection
            await asyncio.subprocess.create_subprocess_exec(*tag_cmd)


async def main():
    parser = argparse.ArgumentParser(description="deploy")
    parser.add_argument("--service")
    args = parser.parse_args()
    restart = ["systemctl", "restart", args.service]
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(*restart)
    await proc.wait()
    # expect: command-injection
    await asyncio.create_subprocess_exec("sh", "-c", "journalctl -u %s -n 50" % sys.argv[1])


async def safe_status():
    proc = await asyncio.create_subprocess_exec("systemctl", "status", "nginx")
    await proc.wait()
    proc = await asyncio.create_subprocess_exec("sh", "-c", "uptime && df -h")
    await proc.wait()


if __name__ == "__main__":
    asyncio.run(main())
