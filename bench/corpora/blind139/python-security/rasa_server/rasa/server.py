"""Sanic app of the Rasa HTTP API."""
from sanic import Sanic, response
from sanic.request import Request

from rasa.core import agent as agent_module
from rasa.core.tracker_store import SQLTrackerStore
from rasa.engine.registry import components_from_config


def requires_auth(app, token=None):
    def decorator(f):
        async def decorated(request, *args, **kwargs):
            if token and request.args.get("token") != token:
                return response.json({"error": "unauthorized"}, status=401)
            return await f(request, *args, **kwargs)
        return decorated
    return decorator


def create_app(auth_token=None, tracker_store=None):
    app = Sanic("rasa_server")
    app.ctx.tracker_store = tracker_store or SQLTrackerStore()

    @app.put("/model")
    @requires_auth(app, auth_token)
    async def load_model(request: Request):
        data = request.json or {}
        model_path = data.get("model_file")
        model_server = data.get("model_server") or {}
        app.ctx.agent = await agent_module.load_agent(model_path=model_path, model_server_url=model_server.get("url"))
        return response.empty(204)

    @app.get("/conversations/<conversation_id:str>/tracker")
    @requires_auth(app, auth_token)
    async def retrieve_tracker(request: Request, conversation_id: str):
        events = app.ctx.tracker_store.retrieve(conversation_id)
        return response.json({"sender_id": conversation_id, "events": events})

    @app.get("/conversations/<conversation_id:str>/count")
    @requires_auth(app, auth_token)
    async def count_events(request: Request, conversation_id: str):
        return response.json({"count": app.ctx.tracker_store.count(conversation_id)})

    @app.post("/model/train")
    @requires_auth(app, auth_token)
    async def train(request: Request):
        config = (request.json or {}).get("config", {})
        components = components_from_config(config.get("pipeline", []))
        return response.json({"components": [c.__name__ for c in components]})

    return app
