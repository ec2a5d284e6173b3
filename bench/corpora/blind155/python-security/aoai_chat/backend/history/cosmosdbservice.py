"""Conversation history stored in Cosmos DB."""
import logging
import uuid
from datetime import datetime

from azure.cosmos.aio import CosmosClient

log = logging.getLogger(__name__)


class CosmosConversationClient:
    def __init__(self, cosmosdb_endpoint, credential, database_name, container_name):
        self.cosmosdb_client = CosmosClient(cosmosdb_endpoint, credential=credential)
        self.database_client = self.cosmosdb_client.get_database_client(database_name)
        self.container_client = self.database_client.get_container_client(container_name)

    async def get_conversation(self, user_id, conversation_id):
        query = f"SELECT * FROM c where c.id = '{conversation_id}' and c.type='conversation' and c.userId = @userId"
        parameters = [{"name": "@userId", "value": user_id}]
        # expect: sql-injection
        items = self.container_client.query_items(query=query, parameters=parameters)
        async for item in items:
            return item
        return None

    async def get_messages(self, user_id, conversation_id):
        parameters = [{"name": "@conversationId", "value": conversation_id}, {"name": "@userId", "value": user_id}]
        query = "SELECT * FROM c WHERE c.conversationId = @conversationId AND c.type='message' AND c.userId = @userId ORDER BY c.timestamp ASC"
        return [item async for item in self.container_client.query_items(query=query, parameters=parameters)]

    async def get_conversations(self, user_id, sort_order="DESC"):
        order = "ASC" if sort_order == "ASC" else "DESC"
        parameters = [{"name": "@userId", "value": user_id}]
        query = f"SELECT * FROM c where c.userId = @userId and c.type='conversation' order by c.updatedAt {order}"
        return [item async for item in self.container_client.query_items(query=query, parameters=parameters)]

    async def upsert_conversation(self, conversation):
        conversation["updatedAt"] = datetime.utcnow().isoformat()
        return await self.container_client.upsert_item(conversation)

    async def create_conversation(self, user_id, title=""):
        conversation = {"id": str(uuid.uuid4()), "type": "conversation", "userId": user_id, "title": title,
                        "createdAt": datetime.utcnow().isoformat()}
        return await self.container_client.upsert_item(conversation)
