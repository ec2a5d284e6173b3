"""Machine component: service control through the system provider."""
from moonraker.components.shell_command import ShellCommandFactory


class SystemdCliProvider(object):

    def __init__(self, server):
        self.shell_cmd = ShellCommandFactory(server)
        self.available_services = {"klipper", "moonraker", "crowsnest"}

    async def do_service_action(self, action, service_name, force=False):
        if not force and service_name not in self.available_services:
            raise ValueError("service not allowed")
        await self.shell_cmd.exec_cmd("sudo systemctl %s %s" % (action, service_name))

    async def do_reboot(self):
        await self.shell_cmd.exec_argv(["sudo", "systemctl", "reboot"])


class Machine(object):
    ACTIONS = ("start", "stop", "restart")

    def __init__(self, config):
        self.server = config.get_server()
        self.sys_provider = SystemdCliProvider(self.server)
        for action in self.ACTIONS:
            self.server.register_endpoint("/machine/services/%s" % action, ["POST"], self._handle_service_request)

    async def _handle_service_request(self, web_request):
        name = web_request.get_str("service")
        action = web_request.get_endpoint().split("/")[-1]
        if action not in self.ACTIONS:
            raise self.server.error("bad action")
        force = web_request.get_boolean("force", False)
        await self.sys_provider.do_service_action(action, name, force=force)
        return "ok"
