"""POST /api/services/<domain>/<service> for shell commands."""
from http import HTTPStatus

from homeassistant.components.http.view import HomeAssistantView

ALLOWED_DOMAINS = ("shell_command", "shell_command_exec")


class ShellCommandServiceView(HomeAssistantView):
    url = "/api/services/{domain}/{service}"
    name = "api:shell-command-service"

    async def post(self, request):
        hass = request.app["hass"]
        domain = request.match_info["domain"]
        service = request.match_info["service"]
        if domain not in ALLOWED_DOMAINS or not hass.services.has_service(domain, service):
            return self.json_message("Service not found.", HTTPStatus.NOT_FOUND)
        try:
            data = await request.json()
        except ValueError:
            return self.json_message("Data should be valid JSON.", HTTPStatus.BAD_REQUEST)
        result = await hass.services.async_call(domain, service, data)
        return self.json(result)
