"""Module singletons the resources use."""
from hydrus.client.db.client_db import ClientDB
from hydrus.client.networking.network_engine import ClientFilesManager, DomainManager, NetworkEngine

db = ClientDB("/opt/hydrus/db/client.db")
network_engine = NetworkEngine()
domain_manager = DomainManager()
client_files_manager = ClientFilesManager("/opt/hydrus/db/client_files")
local_booru_manager = None
