"""Shell command helper shared by components."""
import asyncio


class ShellCommandFactory(object):

    def __init__(self, server):
        self.server = server

    async def exec_cmd(self, cmd_line, timeout=30.0):
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(cmd_line, stdout=asyncio.subprocess.PIPE)
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
        return out.decode()

    async def exec_argv(self, argv, timeout=30.0):
        proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
        return out.decode()
