"""Endpoint functions shared by the falcon and starlette servers."""
import abc
import json
import logging
import re

LOG = logging.getLogger('nominatim.api')

CALLBACK_RE = re.compile(r'^[$_A-Za-z][$_A-Za-z0-9.\[\]]*$')
COUNTRY_RE = re.compile(r'^[a-z]{2}$')
FORMATS = ('json', 'jsonv2', 'geojson', 'xml')


class ASGIAdaptor(abc.ABC):
    @abc.abstractmethod
    def get(self, name, default=None): ...

    @abc.abstractmethod
    def error(self, msg, status=400): ...

    @abc.abstractmethod
    def create_response(self, status, output, content_type): ...

    def get_int(self, name, default=None):
        value = self.get(name)
        if value is None:
            return default
        try:
            return int(value)
        except ValueError:
            raise self.error(f"Parameter '{name}' must be a number.")

    def build_response(self, output, fmt):
        callback = self.get('json_callback')
        if callback is not None:
            if not CALLBACK_RE.match(callback):
                raise self.error('Invalid json_callback value')
            output = f'{callback}({output})'
            self.create_response(200, output, 'application/javascript; charset=utf-8')
            return
        self.create_response(200, output, 'application/json; charset=utf-8')


async def search_endpoint(api, params: ASGIAdaptor):
    fmt = params.get('format', 'jsonv2')
    if fmt not in FORMATS:
        raise params.error(f"Parameter 'format' must be one of: {', '.join(FORMATS)}")
    limit = min(params.get_int('limit', 10), 40)
    codes = [c.strip().lower() for c in (params.get('countrycodes') or '').split(',') if c.strip()]
    if any(not COUNTRY_RE.match(c) for c in codes):
        raise params.error('Bad country code')
    results = await api.search(params.get('q', ''), max_results=limit, countries=codes)
    params.build_response(json.dumps([r.to_dict() for r in results]), fmt)


async def details_endpoint(api, params: ASGIAdaptor):
    place_id = params.get_int('place_id')
    if place_id is None:
        raise params.error('Missing place_id')
    result = await api.details(place_id)
    params.build_response(json.dumps(result.to_dict()), 'json')


ROUTES = [('search', search_endpoint), ('details', details_endpoint)]
