"""PromptServer: aiohttp routes of the UI backend (trimmed)."""
import html
import os
import uuid

from aiohttp import web

import execution
import folder_paths
from app.model_downloader import download_model


class PromptServer(object):
    instance = None

    def __init__(self, loop):
        PromptServer.instance = self
        self.loop = loop
        self.prompt_queue = execution.PromptQueue(self)
        self.routes = web.RouteTableDef()
        routes = self.routes

        @routes.post("/upload/image")
        async def upload_image(request):
            post = await request.post()
            image = post.get("image")
            subfolder = post.get("subfolder")
            if not subfolder:
                subfolder = ""
            upload_dir = folder_paths.get_input_directory()
            filepath = os.path.join(upload_dir, subfolder, os.path.basename(image.filename))
            os.makedirs(os.path.dirname(filepath), exist_ok=True)
            # expect: path-traversal
            with open(filepath, "wb") as handle:
                handle.write(image.file.read())
            return web.json_response({"name": image.filename, "subfolder": subfolder})

        @routes.get("/view")
        async def view_image(request):
            filename = request.rel_url.query.get("filename", "")
            output_dir = os.path.abspath(folder_paths.get_output_directory())
            file = os.path.abspath(os.path.join(output_dir, filename))
            if os.path.commonpath((file, output_dir)) != output_dir:
                return web.Response(status=403)
            return web.FileResponse(file)

        @routes.post("/prompt")
        async def post_prompt(request):
            json_data = await request.json()
            prompt_id = str(uuid.uuid4())
            valid = execution.validate_prompt(json_data["prompt"])
            if not valid[0]:
                return web.json_response({"error": valid[1]}, status=400)
            self.prompt_queue.put((prompt_id, json_data["prompt"]))
            return web.json_response({"prompt_id": prompt_id})

        @routes.post("/internal/models/download")
        async def download_handler(request):
            data = await request.json()
            status = await download_model(data.get("url"), data.get("model_directory", "checkpoints"),
                                          data.get("model_filename", "model.safetensors"))
            return web.json_response(status)

        @routes.get("/internal/logs/raw")
        async def logs_raw(request):
            needle = request.rel_url.query.get("filter", "")
            lines = [l for l in open(folder_paths.get_log_path()).read().splitlines() if needle in l]
            if request.rel_url.query.get("escaped"):
                return web.Response(text="<h3>%s</h3>" % html.escape(needle), content_type="text/html")
            # expect: xss
            return web.Response(text="<h3>Lines matching %s</h3><pre>%s</pre>" % (needle, "\n".join(lines)), content_type="text/html")
