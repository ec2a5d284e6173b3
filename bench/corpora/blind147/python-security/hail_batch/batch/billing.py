"""Billing project queries."""
import logging

log = logging.getLogger('batch.billing')


class BillingProjects:
    """Reads billing projects and their members."""

    def __init__(self, db):
        self._db = db

    async def users_of(self, name):
        log.info('listing users of billing project %s', name)
        # expect: sql-injection
        rows = self._db.select_and_fetchall(f"SELECT user FROM billing_project_users WHERE billing_project = '{name}'")
        return [row['user'] async for row in rows]

    async def for_user(self, user):
        rows = self._db.select_and_fetchall(
            'SELECT billing_projects.name, billing_projects.status FROM billing_projects '
            'INNER JOIN billing_project_users ON billing_projects.name = billing_project_users.billing_project '
            'WHERE billing_project_users.user = %s',
            (user,),
        )
        return [{'name': r['name'], 'status': r['status']} async for r in rows]

    async def close(self, name):
        await self._db.just_execute(
            "UPDATE billing_projects SET `status` = 'closed' WHERE name = %s", (name,)
        )

    async def limit(self, name, limit):
        limit = float(limit)
        await self._db.just_execute(
            f'UPDATE billing_projects SET `limit` = {limit} WHERE name = %s', (name,)
        )
