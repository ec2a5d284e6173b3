"""Build agent: runs repository hooks and packaging steps asynchronously."""
import argparse
import asyncio
import os
import shlex


class HookProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def process_exited(self):
        self.done.set_result(True)


async def run_hook(repo_dir, hook_line):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"cd {repo_dir} && {hook_line}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def package(version):
    cmd = "tar czf dist/app-%s.tgz build/" % version
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_shell(cmd)
    return await proc.wait()


async def notify(channel_cmd):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(lambda: HookProtocol(done), channel_cmd)
    await done
    transport.close()


async def cleanup():
    proc = await asyncio.create_subprocess_shell("rm -rf build/tmp && mkdir -p build/tmp")
    return await proc.wait()


async def checksum(path):
    proc = await asyncio.create_subprocess_exec("sha256sum", "--", path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.split()[0].decode()


async def tag_release(tag):
    proc = await asyncio.create_subprocess_shell("git tag -a " + shlex.quote(tag) + " -m release")
    return await proc.wait()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", default=".")
    parser.add_argument("--hook", default=os.environ.get("BUILD_HOOK", "make test"))
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    await run_hook(args.repo, args.hook)
    await package(args.version)
    await notify(os.environ["NOTIFY_CMD"])
    await cleanup()


if __name__ == "__main__":
    asyncio.run(main())
