"""Batch records: creation and lookup."""
import json
import logging

log = logging.getLogger('batch.batches')


class BatchStore:
    """Reads and writes rows of the ``batches`` table."""

    def __init__(self, db):
        self._db = db

    async def insert(self, *, user, billing_project, attributes, callback, n_jobs):
        batch_id = await self._db.execute_insertone(
            '''
INSERT INTO batches (userdata, user, billing_project, attributes, callback, n_jobs, state)
VALUES (%s, %s, %s, %s, %s, %s, %s);
''',
            (json.dumps({'user': user}), user, billing_project, json.dumps(attributes), callback, n_jobs, 'open'),
        )
        log.info('inserted batch %s (%s jobs)', batch_id, n_jobs)
        return batch_id

    async def get(self, batch_id, user):
        record = await self._db.select_and_fetchone(
            'SELECT id, state, attributes, callback FROM batches WHERE id = %s AND user = %s',
            (batch_id, user),
        )
        record['attributes'] = json.loads(record['attributes'] or '{}')
        return record

    async def completed_with_callback(self, batch_id):
        return await self._db.select_and_fetchone(
            "SELECT id, user, callback, state, n_jobs, n_succeeded FROM batches WHERE id = %s AND state = 'complete'",
            (batch_id,),
        )

    async def cancel(self, batch_id, user):
        await self._db.just_execute(
            "UPDATE batches SET cancelled = 1 WHERE id = %s AND user = %s", (batch_id, user)
        )
