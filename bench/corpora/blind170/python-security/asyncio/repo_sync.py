"""Mirror customer repositories with git, driven by the event loop's low-level process API."""
import asyncio
import logging
import re

log = logging.getLogger(__name__)

GIT = "/usr/bin/git"
SAFE_REF = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


class GitOutput(asyncio.SubprocessProtocol):
    def __init__(self, done: asyncio.Future):
        self.done = done
        self.chunks = []

    def pipe_data_received(self, fd, data):
        self.chunks.append(data)

    def process_exited(self):
        if not self.done.done():
            self.done.set_result(b"".join(self.chunks).decode(errors="replace"))


async def _run(loop, *argv):
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: GitOutput(done), *argv)
    try:
        return await asyncio.wait_for(done, timeout=300)
    finally:
        transport.close()


async def clone(loop, mirror_dir, remote_url):
    done = loop.create_future()
    # remote_url is an argv element, not parsed by a shell; "--" stops option parsing
    transport, _ = await loop.subprocess_exec(lambda: GitOutput(done), GIT, "clone", "--mirror", "--", remote_url, mirror_dir)
    await done
    transport.close()


async def fetch_ref(loop, mirror_dir, ref):
    if not SAFE_REF.match(ref):
        raise ValueError(f"bad ref {ref!r}")
    return await _run(loop, GIT, "-C", mirror_dir, "fetch", "origin", ref)


async def run_post_sync_hook(loop, mirror_dir, hook_command):
    # hook_command is typed by the customer in the mirror settings page
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: GitOutput(done), "sh", "-c", f"cd {mirror_dir} && {hook_command}")
    out = await done
    transport.close()
    return out


async def archive_branch(loop, mirror_dir, branch, out_path):
    done = loop.create_future()
    script = "git -C %s archive --format=tar.gz -o %s %s" % (mirror_dir, out_path, branch)
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: GitOutput(done), "bash", "-c", script)
    await done
    transport.close()
    return out_path


async def gc_all(loop):
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: GitOutput(done), "sh", "-c", "for d in /srv/mirrors/*; do git -C $d gc --auto; done")
    await done
    transport.close()
