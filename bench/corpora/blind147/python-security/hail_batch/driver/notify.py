"""Driver side: tell the client and the front end that a batch finished."""
import asyncio
import logging

import aiohttp

from ..batch.batches import BatchStore

log = logging.getLogger('batch.driver.notify')

FRONT_END_URL = 'http://batch.default.svc.cluster.local/api/v1alpha/batches/{batch_id}/refresh'


async def notify_batch_job_complete(db, client_session, batch_id):
    record = await BatchStore(db).completed_with_callback(batch_id)
    if not record:
        return
    await _refresh_front_end(client_session, batch_id)
    callback = record['callback']
    if not callback:
        return
    payload = {
        'id': record['id'],
        'user': record['user'],
        'state': record['state'],
        'n_jobs': record['n_jobs'],
        'n_succeeded': record['n_succeeded'],
    }
    log.info('calling callback for batch %s', batch_id)
    try:
        # expect: ssrf
        async with client_session.post(callback, json=payload, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            resp.raise_for_status()
    except (aiohttp.ClientError, asyncio.TimeoutError):
        log.exception('callback for batch %s failed', batch_id)


async def _refresh_front_end(client_session, batch_id):
    url = FRONT_END_URL.format(batch_id=int(batch_id))
    async with client_session.post(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
        resp.raise_for_status()
