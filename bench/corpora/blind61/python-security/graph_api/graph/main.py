from fastapi import FastAPI
from strawberry.fastapi import GraphQLRouter

from .context import get_context
from .schema import schema

graphql_app = GraphQLRouter(schema, context_getter=get_context, graphql_ide=None)

app = FastAPI(title="Inventory GraphQL")
app.include_router(graphql_app, prefix="/graphql")


@app.get("/healthz")
def healthz():
    return {"ok": True}
