"""Batch front end: REST and web routes (aiohttp)."""
import html
import logging

from aiohttp import web

from ..batch.auth import rest_authenticated_users_only, web_authenticated_users_only
from ..batch.billing import BillingProjects
from ..batch.batches import BatchStore
from ..batch.log_store import LogStore

log = logging.getLogger('batch.front_end')
routes = web.RouteTableDef()

VALID_CONTAINERS = {'input', 'main', 'output'}


@routes.post('/api/v1alpha/batches/create')
@rest_authenticated_users_only
async def create_batch(request, userdata):
    db = request.app['db']
    spec = await request.json()
    attributes = spec.get('attributes') or {}
    batch_id = await BatchStore(db).insert(
        user=userdata['username'],
        billing_project=spec['billing_project'],
        attributes=attributes,
        callback=spec.get('callback'),
        n_jobs=int(spec['n_jobs']),
    )
    log.info('created batch %s for %s', batch_id, userdata['username'])
    return web.json_response({'id': batch_id})


@routes.get('/api/v1alpha/billing_projects/{billing_project}/users')
@rest_authenticated_users_only
async def billing_project_users(request, userdata):
    name = request.match_info['billing_project']
    users = await BillingProjects(request.app['db']).users_of(name)
    return web.json_response(users)


@routes.get('/api/v1alpha/billing_projects')
@rest_authenticated_users_only
async def billing_projects(request, userdata):
    projects = await BillingProjects(request.app['db']).for_user(userdata['username'])
    return web.json_response(projects)


@routes.get('/api/v1alpha/batches/{batch_id}/jobs/{job_id}/log/{container}')
@rest_authenticated_users_only
async def job_container_log(request, userdata):
    batch_id = int(request.match_info['batch_id'])
    job_id = int(request.match_info['job_id'])
    container = request.match_info['container']
    store = LogStore(request.app['log_root'])
    return web.Response(text=store.read_container_log(batch_id, job_id, container))


@routes.get('/api/v1alpha/batches/{batch_id}/jobs/{job_id}/status/{container}')
@rest_authenticated_users_only
async def job_container_status(request, userdata):
    batch_id = int(request.match_info['batch_id'])
    job_id = int(request.match_info['job_id'])
    container = request.match_info['container']
    if container not in VALID_CONTAINERS:
        raise web.HTTPBadRequest(reason=f'unknown container {container!r}')
    store = LogStore(request.app['log_root'])
    return web.Response(text=store.read_container_status(batch_id, job_id, container))


@routes.get('/batches/{batch_id}')
@web_authenticated_users_only
async def ui_batch(request, userdata):
    batch_id = int(request.match_info['batch_id'])
    record = await BatchStore(request.app['db']).get(batch_id, userdata['username'])
    name = record['attributes'].get('name', '')
    # expect: xss
    return web.Response(text=f'<h1>Batch {batch_id}: {name}</h1>', content_type='text/html')


@routes.get('/batches/{batch_id}/summary')
@web_authenticated_users_only
async def ui_batch_summary(request, userdata):
    batch_id = int(request.match_info['batch_id'])
    record = await BatchStore(request.app['db']).get(batch_id, userdata['username'])
    name = html.escape(record['attributes'].get('name', ''))
    return web.Response(text=f'<h2>{name}</h2><p>{record["state"]}</p>', content_type='text/html')
