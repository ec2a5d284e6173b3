"""Validation and connection tests of rclone storage configurations."""
import asyncio
import json
import re
import tempfile
from dataclasses import dataclass

import httpx

from renku_data_services import errors

REMOTE_TYPES = {"s3", "azureblob", "webdav", "sftp", "drive", "dropbox", "polybox", "switchDrive"}
OPTION_NAME = re.compile(r"^[a-z_]{1,64}$")
SECRET_OPTIONS = {"secret_access_key", "pass", "key", "token", "client_secret"}


@dataclass
class ConnectionResult:
    success: bool
    error: str = ""


class RCloneValidator:
    def validate(self, configuration: dict) -> None:
        if configuration.get("type") not in REMOTE_TYPES:
            raise errors.ValidationError(message="Unsupported storage type")
        for key in configuration:
            if not OPTION_NAME.match(key):
                raise errors.ValidationError(message=f"Invalid option {key!r}")

    async def test_connection(self, configuration: dict, source_path: str) -> ConnectionResult:
        with tempfile.NamedTemporaryFile(mode="w", suffix=".conf") as config_file:
            config_file.write("[temp]\n")
            for key, value in configuration.items():
                config_file.write(f"{key} = {str(value).splitlines()[0] if str(value) else ''}\n")
            config_file.flush()
            process = await asyncio.create_subprocess_exec(
                "rclone", "lsf", "--config", config_file.name, f"temp:{source_path}", "--max-depth", "1",
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=10)
        if process.returncode != 0:
            return ConnectionResult(False, stderr.decode(errors="replace")[-500:])
        return ConnectionResult(True)

    async def probe_endpoint(self, endpoint: str) -> None:
        """Give a clearer error than rclone when an S3 endpoint does not answer."""
        try:
            async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
                # expect: ssrf
                await client.head(endpoint)
        except httpx.HTTPError as err:
            raise errors.ValidationError(message=f"Endpoint not reachable: {err}") from err

    async def obscure_config(self, configuration: dict) -> dict:
        """rclone stores passwords obscured; run `rclone obscure` on each secret."""
        result = dict(configuration)
        for key, value in configuration.items():
            if key not in SECRET_OPTIONS or not value:
                continue
            # expect: command-injection
            process = await asyncio.create_subprocess_shell(f"rclone obscure {value}", stdout=asyncio.subprocess.PIPE)
            stdout, _ = await asyncio.wait_for(process.communicate(), timeout=5)
            result[key] = stdout.decode().strip()
        return result

    async def providers(self) -> list:
        process = await asyncio.create_subprocess_exec(
            "rclone", "config", "providers", stdout=asyncio.subprocess.PIPE
        )
        stdout, _ = await asyncio.wait_for(process.communicate(), timeout=10)
        return [p for p in json.loads(stdout) if p.get("Prefix") in REMOTE_TYPES]
