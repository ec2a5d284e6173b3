"""GPIO driver that drives lines through an external command (gpioset and friends)."""
import asyncio
import shlex


class CmdGpioDriver:
    def __init__(self, chip: str, cmd: str = "gpioset", reader: str = "gpioget") -> None:
        self.__chip = chip
        self.__cmd = cmd
        self.__reader = reader
        self.__state: dict[str, bool] = {}

    async def get_state(self) -> dict:
        return {"outputs": dict(self.__state)}

    async def switch(self, channel: str, state: bool) -> None:
        """Channel was checked against the configured set; state is a bool."""
        proc = await asyncio.create_subprocess_exec(
            self.__cmd, self.__chip, f"{channel}={int(state)}",
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )
        await proc.wait()
        self.__state[channel] = state

    async def pulse(self, channel: str, delay: str) -> None:
        """Raise the line, keep it up for delay seconds, drop it."""
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"{self.__cmd} --mode=time --sec={delay} {self.__chip} {channel}=1 && {self.__cmd} {self.__chip} {channel}=0")
        await proc.wait()

    async def read(self, channel: str) -> bool:
        proc = await asyncio.create_subprocess_shell(
            f"{shlex.quote(self.__reader)} {shlex.quote(self.__chip)} {shlex.quote(channel)}",
            stdout=asyncio.subprocess.PIPE,
        )
        out, _ = await proc.communicate()
        return out.strip() == b"1"

    async def wait(self, delay: float) -> None:
        await asyncio.sleep(float(delay))
