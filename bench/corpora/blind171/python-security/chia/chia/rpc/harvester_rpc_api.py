"""Harvester RPC: plot directories, plots and logs."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from chia.plotting.util import add_plot_directory, get_plot_directories, remove_plot
from chia.util.default_root import DEFAULT_ROOT_PATH

LOG_DIR = DEFAULT_ROOT_PATH / "log"


class HarvesterRpcApi:

    def __init__(self, harvester) -> None:
        self.service = harvester

    def get_routes(self) -> Dict[str, Any]:
        return {
            "/get_plots": self.get_plots,
            "/delete_plot": self.delete_plot,
            "/add_plot_directory": self.add_plot_directory,
            "/get_plot_directories": self.get_plot_directories,
            "/get_log_tail": self.get_log_tail,
        }

    async def get_plots(self, request: Dict[str, Any]) -> Dict[str, Any]:
        plots, failed, not_found = self.service.get_plots()
        return {"plots": plots, "failed_to_open_filenames": failed, "not_found_filenames": not_found}

    async def delete_plot(self, request: Dict[str, Any]) -> Dict[str, Any]:
        filename = request["filename"]
        known = {p["filename"] for p in self.service.get_plots()[0]}
        if filename not in known:
            raise ValueError(f"Not a loaded plot: {filename}")
        remove_plot(Path(filename))
        return {}

    async def add_plot_directory(self, request: Dict[str, Any]) -> Dict[str, Any]:
        directory_name = request["dirname"]
        if not Path(directory_name).is_dir():
            raise ValueError(f"Not a directory: {directory_name}")
        add_plot_directory(self.service.root_path, directory_name)
        return {}

    async def get_plot_directories(self, request: Dict[str, Any]) -> Dict[str, Any]:
        return {"directories": get_plot_directories(self.service.root_path)}

    async def get_log_tail(self, request: Dict[str, Any]) -> Dict[str, Any]:
        name = request.get("name", "debug.log")
        lines = int(request.get("lines", 100))
        # expect: path-traversal
        with open(LOG_DIR / name, encoding="utf-8", errors="replace") as f:
            return {"lines": f.readlines()[-lines:]}
