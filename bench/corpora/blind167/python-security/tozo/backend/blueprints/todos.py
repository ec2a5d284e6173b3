from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from quart import Blueprint, ResponseReturnValue, g
from quart_auth import current_user, login_required
from quart_rate_limiter import rate_limit
from quart_schema import validate_querystring, validate_request, validate_response

from backend.lib.api_error import APIError
from backend.models.todo import (
    Todo,
    delete_todo,
    insert_todo,
    search_todos,
    select_todo,
    select_todos,
)

blueprint = Blueprint("todos", __name__)


@dataclass
class TodoData:
    complete: bool
    due: Optional[datetime]
    task: str


@dataclass
class Todos:
    todos: list[Todo]


@dataclass
class TodoFilter:
    complete: Optional[bool] = None


@dataclass
class TodoSearch:
    q: str
    complete: Optional[bool] = None


@blueprint.post("/todos/")
@rate_limit(10, 10)
@login_required
@validate_request(TodoData)
@validate_response(Todo, 201)
async def post_todo(data: TodoData) -> tuple[Todo, int]:
    todo = await insert_todo(g.connection, data.task, data.complete, data.due, int(current_user.auth_id))
    return todo, 201


@blueprint.get("/todos/")
@login_required
@validate_querystring(TodoFilter)
@validate_response(Todos)
async def get_todos(query_args: TodoFilter) -> Todos:
    todos = await select_todos(g.connection, int(current_user.auth_id), query_args.complete)
    return Todos(todos=todos)


@blueprint.get("/todos/search/")
@login_required
@validate_querystring(TodoSearch)
@validate_response(Todos)
async def get_todos_search(query_args: TodoSearch) -> Todos:
    todos = await search_todos(g.connection, int(current_user.auth_id), query_args.q, query_args.complete)
    return Todos(todos=todos)


@blueprint.get("/todos/<int:id>/")
@login_required
@validate_response(Todo)
async def get_todo(id: int) -> Todo:
    todo = await select_todo(g.connection, id, int(current_user.auth_id))
    if todo is None:
        raise APIError(404, "NOT_FOUND")
    return todo


@blueprint.delete("/todos/<int:id>/")
@login_required
async def delete_todo_route(id: int) -> ResponseReturnValue:
    await delete_todo(g.connection, id, int(current_user.auth_id))
    return "", 202
