"""Deploy agent CLI: runs the configured hooks around a release."""
import argparse
import asyncio
import getopt
import os
import shlex
import sys


async def post_deploy_hook():
    hook = os.environ.get("POST_DEPLOY_HOOK", "true")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", hook)
    return await proc.wait()


async def run_user_command(argv):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def notify(opts):
    for opt, value in opts:
        if opt == "--notify":
            # expect: command-injection
            await asyncio.subprocess.create_subprocess_exec("bash", "-c", f"notify-send {value}")


async def health_check():
    proc = await asyncio.create_subprocess_exec("systemctl", "is-active", "app.service")
    return await proc.wait() == 0


async def reload_with_env():
    env = dict(os.environ, RELEASE=os.environ.get("RELEASE_ID", "dev"))
    proc = await asyncio.create_subprocess_exec("systemctl", "reload", "app.service", env=env)
    return await proc.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--command", default="")
    args = parser.parse_args()
    opts, _rest = getopt.getopt(sys.argv[1:], "", ["notify=", "command="])
    asyncio.run(post_deploy_hook())
    if args.command:
        asyncio.run(run_user_command(shlex.split(args.command)))
    asyncio.run(notify(opts))
    asyncio.run(health_check())


if __name__ == "__main__":
    main()
