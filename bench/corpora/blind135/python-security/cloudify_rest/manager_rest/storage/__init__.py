"""Storage package: the manager singleton and the models."""
from manager_rest.storage import models
from manager_rest.storage.storage_manager import get_storage_manager

__all__ = ["get_storage_manager", "models"]
