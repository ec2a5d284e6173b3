"""Driver running lookups on the hyperglass host itself."""
import asyncio
import logging

log = logging.getLogger("hyperglass.execution.drivers.local")


class LocalShellDriver:
    def __init__(self, device, timeout=30):
        self.device = device
        self.timeout = timeout

    async def _collect(self, proc):
        try:
            stdout, stderr = await asyncio.wait_for(proc.communicate(), timeout=self.timeout)
        except asyncio.TimeoutError:
            proc.kill()
            raise
        if proc.returncode != 0:
            log.warning("Command on %s failed: %s", self.device.name, stderr.decode()[:200])
        return stdout.decode()

    async def run_shell(self, command):
        log.debug("Running %r on %s", command, self.device.name)
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        return await self._collect(proc)

    async def run_argv(self, argv):
        proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        return await self._collect(proc)

    async def version(self):
        proc = await asyncio.create_subprocess_shell("birdc show status", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        return await self._collect(proc)
