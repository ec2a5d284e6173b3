"""Daemon command 'start_plotting': queue plot jobs and launch the plotter."""

from __future__ import annotations

import asyncio
import logging
import shlex
from typing import Any, Dict, List

log = logging.getLogger(__name__)

PLOTTERS = {"chiapos", "bladebit", "madmax"}
K_SIZES = {25, 32, 33, 34, 35}


def _plot_args(request: Dict[str, Any]) -> List[str]:
    k = int(request["k"])
    if k not in K_SIZES:
        raise ValueError(f"unsupported k={k}")
    return ["chia", "plots", "create", "-k", str(k), "-n", str(int(request.get("n", 1))),
            "-t", request["t"], "-d", request["d"]]


async def start_plotting(request: Dict[str, Any]) -> Dict[str, Any]:
    plotter = request.get("plotter", "chiapos")
    if plotter not in PLOTTERS:
        raise ValueError(f"unknown plotter {plotter}")
    if plotter == "chiapos":
        proc = await asyncio.create_subprocess_exec(*_plot_args(request),
                                                    stdout=asyncio.subprocess.PIPE)
    else:
        tmp_dir, final_dir = request["t"], request["d"]
        threads = int(request.get("r", 2))
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"chia plotters {plotter} -t {tmp_dir} -d {final_dir} -r {threads}", stdout=asyncio.subprocess.PIPE)
    log.info("plotter started pid=%s", proc.pid)
    return {"success": True, "pid": proc.pid}


async def plotter_version(plotter: str) -> str:
    if plotter not in PLOTTERS:
        raise ValueError(plotter)
    proc = await asyncio.create_subprocess_shell(
        f"chia plotters version {shlex.quote(plotter)}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()
