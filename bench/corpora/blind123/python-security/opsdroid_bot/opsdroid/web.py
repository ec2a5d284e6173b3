"""The aiohttp web server of the bot: skills register webhooks here."""
import html

from aiohttp import web


class Web:

    def __init__(self, opsdroid):
        self.opsdroid = opsdroid
        self.web_app = web.Application()
        self.web_app.router.add_get("/", self.web_index_handler)
        self.web_app.router.add_get("/hello", self.web_hello_handler)
        self.web_app.router.add_get("/greet", self.web_greet_handler)

    def register_skill(self, skill_name, webhook, handler):
        async def wrapper(request):
            return await handler(self.opsdroid, self.opsdroid.config, request)
        self.web_app.router.add_post(f"/skill/{skill_name}/{webhook}", wrapper)

    async def web_index_handler(self, request):
        return web.json_response({"message": "Welcome to the opsdroid API"})

    async def web_hello_handler(self, request):
        name = request.query.get("name", "world")
        return web.Response(text=f"<p>Hello {html.escape(name)}</p>", content_type="text/html")

    async def web_greet_handler(self, request):
        name = request.query.get("name")
        if not name:
            name = ""
        # expect: xss
        return web.Response(text=f"<p>Hello {name}</p>", content_type="text/html")
