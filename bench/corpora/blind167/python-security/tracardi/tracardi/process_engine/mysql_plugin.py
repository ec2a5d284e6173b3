"""Workflow actions that look up or store event data in a MySQL resource."""
import aiomysql

from tracardi.service.storage.driver import storage

TABLE_NAMES = {"orders": "shop_orders", "customers": "shop_customers", "coupons": "shop_coupons"}


async def _connect(resource_id: str):
    resource = await storage.driver.resource.load(resource_id)
    creds = resource.credentials.production
    return await aiomysql.connect(
        host=creds["host"],
        port=int(creds.get("port", 3306)),
        user=creds["user"],
        password=creds["password"],
        db=creds["database"],
    )


class MysqlLookupAction:
    """Finds the customer row for the e-mail carried by the event."""

    def __init__(self, resource_id: str, table: str):
        self.resource_id = resource_id
        self.table = TABLE_NAMES.get(table, "shop_customers")

    async def run(self, event_properties: dict):
        email = str(event_properties.get("email", ""))
        conn = await _connect(self.resource_id)
        try:
            async with conn.cursor(aiomysql.DictCursor) as cur:
                await cur.execute(f"SELECT id, name, tier FROM {self.table} WHERE email = %s LIMIT 1", (email,))
                return await cur.fetchone()
        finally:
            conn.close()


class MysqlCouponAction:
    """Marks the coupon code sent with the purchase event as used."""

    def __init__(self, resource_id: str):
        self.resource_id = resource_id

    async def run(self, event_properties: dict):
        code = str(event_properties.get("coupon", ""))
        conn = await _connect(self.resource_id)
        try:
            async with conn.cursor() as cur:
                # expect: sql-injection
                await cur.execute(f"UPDATE shop_coupons SET used = used + 1 WHERE code = '{code}'")
                await conn.commit()
                return cur.rowcount
        finally:
            conn.close()
