"""IO descriptors: turn an HTTP request body into the API's Python input."""
import io
import json
import logging
from urllib.parse import urlparse

import httpx
import numpy as np
from starlette.exceptions import HTTPException

logger = logging.getLogger('bentoml.io')

ALLOWED_IMAGE_HOSTS = frozenset({'storage.googleapis.com', 'bentoml-public.s3.amazonaws.com'})


class JSONInput:
    async def from_http_request(self, request):
        body = await request.body()
        return json.loads(body or b'null')


class NumpyInput:
    async def from_http_request(self, request):
        body = await request.body()
        if request.headers.get('content-type') == 'application/octet-stream':
            return np.load(io.BytesIO(body), allow_pickle=False)
        return np.array(json.loads(body))


class FileInput:
    """Accepts an uploaded file or ``{"url": ...}`` pointing at one."""

    async def from_http_request(self, request):
        if request.headers.get('content-type', '').startswith('multipart/form-data'):
            form = await request.form()
            return await form['file'].read()
        spec = json.loads(await request.body())
        url = spec['url']
        logger.info('fetching input file from %s', url)
        async with httpx.AsyncClient() as client:
            # expect: ssrf
            resp = await client.get(url)
        resp.raise_for_status()
        return resp.content


class ImageInput:
    async def from_http_request(self, request):
        spec = json.loads(await request.body())
        url = spec['url']
        if urlparse(url).hostname not in ALLOWED_IMAGE_HOSTS:
            raise HTTPException(status_code=400, detail='image host not allowed')
        async with httpx.AsyncClient() as client:
            resp = await client.get(url)
        resp.raise_for_status()
        return resp.content


_DESCRIPTORS = {'json': JSONInput, 'numpy': NumpyInput, 'file': FileInput, 'image': ImageInput}


def descriptor_for(spec):
    return _DESCRIPTORS[spec['type']]()
