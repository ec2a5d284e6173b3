# library: tortoise-orm
from fastapi import FastAPI
from tortoise import Tortoise, fields
from tortoise.models import Model

app = FastAPI()


class Order(Model):
    id = fields.IntField(pk=True)
    customer = fields.CharField(max_length=80)
    status = fields.CharField(max_length=20)


@app.get("/orders")
async def orders(customer: str):
    conn = Tortoise.get_connection("default")
    _, rows = await conn.execute_query("SELECT id, status FROM \"order\" WHERE customer = $1", [customer])
    return rows


@app.get("/orders/raw")
async def orders_raw(customer: str):
    conn = Tortoise.get_connection("default")
    # expect: sql-injection
    _, rows = await conn.execute_query(f"SELECT id, status FROM \"order\" WHERE customer = '{customer}'")
    return rows


@app.get("/orders/model-raw")
async def orders_model_raw(status: str):
    # expect: sql-injection
    return await Order.raw("SELECT * FROM \"order\" WHERE status = '" + status + "'")


@app.get("/orders/filter")
async def orders_filter(status: str):
    return await Order.filter(status=status).values("id", "customer")
