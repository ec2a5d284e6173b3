"""Authentication decorators shared by the batch services."""
import functools
import logging

import aiohttp
from aiohttp import web

log = logging.getLogger('batch.auth')

AUTH_URL = 'http://auth.default.svc.cluster.local/api/v1alpha/userinfo'


async def _userdata_from_token(request):
    token = request.headers.get('Authorization', '')
    if not token.startswith('Bearer '):
        return None
    session = request.app['client_session']
    async with session.get(AUTH_URL, headers={'Authorization': token},
                           timeout=aiohttp.ClientTimeout(total=5)) as resp:
        if resp.status != 200:
            return None
        return await resp.json()


def rest_authenticated_users_only(fun):
    @functools.wraps(fun)
    async def wrapped(request, *args, **kwargs):
        userdata = await _userdata_from_token(request)
        if userdata is None:
            raise web.HTTPUnauthorized()
        return await fun(request, userdata, *args, **kwargs)
    return wrapped


def web_authenticated_users_only(fun):
    @functools.wraps(fun)
    async def wrapped(request, *args, **kwargs):
        userdata = await _userdata_from_token(request)
        if userdata is None:
            raise web.HTTPFound(location='/login')
        return await fun(request, userdata, *args, **kwargs)
    return wrapped
