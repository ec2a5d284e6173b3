"""Cloud storage blueprint: storage definitions and their validation."""
from dataclasses import dataclass
from typing import Any

from sanic import Request, empty, json
from sanic_ext import validate

import renku_data_services.base_models as base_models
from renku_data_services import errors
from renku_data_services.base_api.auth import authenticate, only_authenticated
from renku_data_services.base_api.blueprint import BlueprintFactoryResponse, CustomBlueprint
from renku_data_services.storage import apispec
from renku_data_services.storage.db import StorageRepository
from renku_data_services.storage.rclone import RCloneValidator


@dataclass(kw_only=True)
class StorageBP(CustomBlueprint):
    """Handlers for manipulating storage definitions."""

    storage_repo: StorageRepository
    authenticator: base_models.Authenticator
    rclone: RCloneValidator

    def post(self) -> BlueprintFactoryResponse:
        @authenticate(self.authenticator)
        @only_authenticated
        @validate(json=apispec.CloudStorage)
        async def _post(_: Request, user: base_models.APIUser, body: apispec.CloudStorage):
            self.rclone.validate(body.configuration.model_dump())
            storage = await self.storage_repo.insert_storage(storage=body, user=user)
            return json(storage.model_dump(mode="json"), 201)

        return "/storage", ["POST"], _post

    def validate_connection(self) -> BlueprintFactoryResponse:
        @authenticate(self.authenticator)
        @only_authenticated
        async def _validate_connection(request: Request, user: base_models.APIUser):
            body: dict[str, Any] = request.json or {}
            configuration = body.get("configuration", {})
            source_path = body.get("source_path", "")
            self.rclone.validate(configuration)
            if configuration.get("type") == "s3" and configuration.get("endpoint"):
                await self.rclone.probe_endpoint(configuration["endpoint"])
            result = await self.rclone.test_connection(configuration, source_path)
            if not result.success:
                raise errors.ValidationError(message=result.error)
            return empty(204)

        return "/storage_schema/test_connection", ["POST"], _validate_connection

    def obscure(self) -> BlueprintFactoryResponse:
        @authenticate(self.authenticator)
        @only_authenticated
        async def _obscure(request: Request, user: base_models.APIUser):
            body: dict[str, Any] = request.json or {}
            configuration = await self.rclone.obscure_config(body.get("configuration", {}))
            return json(configuration)

        return "/storage_schema/obscure", ["POST"], _obscure

    def delete(self) -> BlueprintFactoryResponse:
        @authenticate(self.authenticator)
        @only_authenticated
        async def _delete(_: Request, user: base_models.APIUser, storage_id: str):
            await self.storage_repo.delete_storage(storage_id=storage_id, user=user)
            return empty(204)

        return "/storage/<storage_id:str>", ["DELETE"], _delete
