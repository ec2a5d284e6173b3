"""Runs the deploy script of a checkout."""
import asyncio


class DeployRunner:

    def __init__(self, workdir):
        self.workdir = workdir

    async def deploy(self, branch, sha=""):
        await asyncio.create_subprocess_exec("git", "-C", self.workdir, "fetch", "origin", branch)
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"cd {self.workdir} && ./deploy.sh {branch} {sha}")
        return await proc.wait()
