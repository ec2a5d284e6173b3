"""Exposes configured shell commands as services."""
import asyncio
import logging
import shlex

_LOGGER = logging.getLogger(__name__)
DOMAIN = "shell_command"
COMMAND_TIMEOUT = 60


async def async_setup(hass, config):
    conf = config.get(DOMAIN, {})

    async def async_service_handler(service):
        cmd = conf[service.service]
        variables = service.data.get("variables", {})
        rendered = cmd.format(**variables)
        _LOGGER.debug("Running shell_command %s", service.service)
        # expect: command-injection
        process = await asyncio.create_subprocess_shell(rendered, stdout=asyncio.subprocess.PIPE)
        stdout, _ = await asyncio.wait_for(process.communicate(), COMMAND_TIMEOUT)
        return {"returncode": process.returncode, "stdout": stdout.decode(errors="replace")}

    async def async_exec_handler(service):
        cmd = conf[service.service]
        args = [str(a) for a in service.data.get("args", [])]
        process = await asyncio.create_subprocess_exec(*shlex.split(cmd), *args, stdout=asyncio.subprocess.PIPE)
        stdout, _ = await asyncio.wait_for(process.communicate(), COMMAND_TIMEOUT)
        return {"returncode": process.returncode, "stdout": stdout.decode(errors="replace")}

    for name in conf:
        hass.services.async_register(DOMAIN, name, async_service_handler)
        hass.services.async_register(DOMAIN + "_exec", name, async_exec_handler)
    return True
