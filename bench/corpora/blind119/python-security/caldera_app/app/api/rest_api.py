"""REST API (aiohttp), shaped on caldera's app/api/rest_api.py: services held in fields."""
import logging

from aiohttp import web

from caldera_app.app.service.auth_svc import check_authorization


class RestApi:
    def __init__(self, services):
        self.log = logging.getLogger("rest_api")
        self.data_svc = services.get("data_svc")
        self.file_svc = services.get("file_svc")
        self.rest_svc = services.get("rest_svc")

    async def enable(self, app):
        app.router.add_route("POST", "/file/download", self.download_file)
        app.router.add_route("POST", "/file/upload", self.upload_file)
        app.router.add_route("PUT", "/api/adversary", self.import_adversary)
        app.router.add_route("POST", "/api/payload/fetch", self.fetch_payload)
        app.router.add_route("GET", "/api/operation/{id}/report", self.operation_report)

    async def download_file(self, request):
        payload, content, display_name = await self.file_svc.get_file(request.headers)
        headers = {"CONTENT-DISPOSITION": f'attachment; filename="{display_name}"', "FILENAME": payload}
        return web.Response(body=content, headers=headers)

    @check_authorization
    async def upload_file(self, request):
        reader = await request.multipart()
        field = await reader.next()
        await self.file_svc.save_multipart_file_upload(field, "data/payloads")
        return web.Response()

    @check_authorization
    async def import_adversary(self, request):
        body = await request.text()
        adversary = await self.rest_svc.persist_adversary(body, fmt=request.query.get("format", "yaml"))
        return web.json_response(adversary)

    @check_authorization
    async def fetch_payload(self, request):
        data = dict(await request.json())
        name = await self.file_svc.fetch_remote_payload(url=data.get("url"), name=data.get("name"))
        return web.json_response({"payload": name})

    @check_authorization
    async def operation_report(self, request):
        operation = await self.data_svc.locate_operation(request.match_info["id"])
        html = self.rest_svc.render_report(operation)
        # expect: xss
        return web.Response(text=html, content_type="text/html")
