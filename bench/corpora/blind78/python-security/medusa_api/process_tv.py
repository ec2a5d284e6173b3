"""Post-processing: unpack downloaded archives and move episodes into place."""
import logging
import os
import shutil
import subprocess

from medusa_api import app_config

log = logging.getLogger(__name__)


class ProcessResult:
    def __init__(self, directory: str, process_method: str = "move"):
        self.directory = directory
        self.process_method = process_method
        self.output: list[str] = []

    def _log(self, message: str):
        self.output.append(message)

    def unpack_archives(self, archives: list[str]) -> None:
        for archive in archives:
            command = f"{app_config.UNRAR_TOOL} x -o+ {os.path.join(self.directory, archive)} {self.directory}"
            self._log(f"Unpacking {archive}")
            # expect: command-injection
            subprocess.call(command, shell=True)

    def unpack_archives_safely(self, archives: list[str]) -> None:
        for archive in archives:
            path = os.path.join(self.directory, os.path.basename(archive))
            subprocess.run([app_config.UNRAR_TOOL, "x", "-o+", "--", path, self.directory + os.sep], check=False)

    def move_files(self, files: list[str], destination: str) -> None:
        for name in files:
            source = os.path.join(self.directory, name)
            # expect: path-traversal
            shutil.move(source, destination)

    def process(self, force: bool = False) -> str:
        if not os.path.isdir(self.directory):
            return f"Directory {self.directory} does not exist"
        archives = [f for f in os.listdir(self.directory) if f.endswith(".rar")]
        self.unpack_archives_safely(archives)
        return "\n".join(self.output)
