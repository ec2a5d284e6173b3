"""GPIO pumps are driven by a small helper script run as a subprocess."""
import asyncio
import re
import shlex

PUMP_SCRIPT = "/opt/dispenser/pump.py"
ML_PER_SECOND = 20
_PUMP_RE = re.compile(r"^gpio[0-9]{1,2}$")


async def run_pump(pump: str, ml: int):
    """Pump names come from the slots table, which only the installer writes."""
    seconds = max(1, int(ml) // ML_PER_SECOND)
    if not _PUMP_RE.match(pump):
        raise ValueError(f"bad pump id {pump!r}")
    proc = await asyncio.create_subprocess_exec("python3", PUMP_SCRIPT, pump, str(seconds))
    await proc.wait()


async def flush_line(pump, seconds):
    """Rinse one line (or all) with water between parties."""
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"python3 {PUMP_SCRIPT} --flush {pump} {seconds}")
    await proc.wait()


async def prime_all(pumps):
    for pump in pumps:
        if _PUMP_RE.match(pump):
            cmd = f"python3 {PUMP_SCRIPT} --prime {shlex.quote(pump)}"
            proc = await asyncio.create_subprocess_shell(cmd)
            await proc.wait()


async def status():
    proc = await asyncio.create_subprocess_exec(
        "python3", PUMP_SCRIPT, "--status", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return out.decode().splitlines()
