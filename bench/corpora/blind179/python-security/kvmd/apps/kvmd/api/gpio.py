"""GPIO API: switch and pulse the channels configured by the admin."""
from aiohttp.web import Request, Response

from kvmd.htserver import exposed_http, make_json_response
from kvmd.plugins.ugpio_cmd import CmdGpioDriver
from kvmd.validators.basic import valid_bool, valid_float_f0, valid_stripped_string_not_empty
from kvmd.validators.ugpio import valid_ugpio_channel


class GpioApi:
    def __init__(self, driver: CmdGpioDriver, channels: set[str]) -> None:
        self.__driver = driver
        self.__channels = channels

    @exposed_http("GET", "/gpio")
    async def __state_handler(self, _: Request) -> Response:
        return make_json_response(await self.__driver.get_state())

    @exposed_http("POST", "/gpio/switch")
    async def __switch_handler(self, request: Request) -> Response:
        channel = valid_ugpio_channel(request.query.get("channel"))
        if channel not in self.__channels:
            return make_json_response({"error": "unknown channel"}, status=400)
        state = valid_bool(request.query.get("state"))
        await self.__driver.switch(channel, state)
        return make_json_response()

    @exposed_http("POST", "/gpio/pulse")
    async def __pulse_handler(self, request: Request) -> Response:
        """Pulse a line; the delay is passed through to the configured command."""
        channel = valid_stripped_string_not_empty(request.query.get("channel"))
        delay = request.query.get("delay", "0.1")
        await self.__driver.pulse(channel, delay)
        return make_json_response()

    @exposed_http("POST", "/gpio/wait")
    async def __wait_handler(self, request: Request) -> Response:
        delay = valid_float_f0(request.query.get("delay", "0"))
        await self.__driver.wait(delay)
        return make_json_response()
