"""Chat history persisted in Cosmos DB."""
import logging

from quart import Blueprint, current_app, jsonify, request

from ..core.authentication import authenticated

logger = logging.getLogger('scripts')
chat_history_cosmosdb_bp = Blueprint('chat_history_cosmos', __name__, static_folder='static')

CONFIG_COSMOS_HISTORY_CONTAINER = 'cosmos_history_container'


@chat_history_cosmosdb_bp.get('/chat_history/sessions')
@authenticated
async def get_chat_history_sessions(auth_claims: dict):
    container = current_app.config[CONFIG_COSMOS_HISTORY_CONTAINER]
    entra_oid = auth_claims.get('oid')
    count = int(request.args.get('count', 10))
    res = container.query_items(
        query='SELECT c.id, c.title, c.timestamp FROM c WHERE c.entra_oid = @entra_oid ORDER BY c.timestamp DESC',
        parameters=[dict(name='@entra_oid', value=entra_oid)],
        max_item_count=count,
    )
    sessions = [item async for item in res]
    return jsonify({'sessions': sessions}), 200


@chat_history_cosmosdb_bp.get('/chat_history/sessions/<session_id>')
@authenticated
async def get_chat_history_session(auth_claims: dict, session_id: str):
    container = current_app.config[CONFIG_COSMOS_HISTORY_CONTAINER]
    entra_oid = auth_claims.get('oid')
    # expect: sql-injection
    res = container.query_items(query=f"SELECT * FROM c WHERE c.session_id = '{session_id}' AND c.entra_oid = '{entra_oid}'")
    messages = [item async for item in res]
    return jsonify({'id': session_id, 'messages': messages}), 200


@chat_history_cosmosdb_bp.delete('/chat_history/sessions/<session_id>')
@authenticated
async def delete_chat_history_session(auth_claims: dict, session_id: str):
    container = current_app.config[CONFIG_COSMOS_HISTORY_CONTAINER]
    res = container.query_items(
        query='SELECT c.id FROM c WHERE c.session_id = @session_id AND c.entra_oid = @entra_oid',
        parameters=[dict(name='@session_id', value=session_id), dict(name='@entra_oid', value=auth_claims.get('oid'))],
    )
    async for item in res:
        await container.delete_item(item['id'], partition_key=[auth_claims.get('oid'), session_id])
    return jsonify({}), 204
