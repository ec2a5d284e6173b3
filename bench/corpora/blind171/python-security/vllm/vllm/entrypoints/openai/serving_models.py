# SPDX-License-Identifier: Apache-2.0
"""Model registry of the OpenAI server: base models and LoRA adapters."""

import json
import os
from http import HTTPStatus

from vllm.entrypoints.openai.protocol import ErrorResponse, LoadLoRAAdapterRequest
from vllm.lora.request import LoRARequest


class OpenAIServingModels:

    def __init__(self, engine_client, base_model_paths, lora_root: str):
        self.engine_client = engine_client
        self.base_model_paths = base_model_paths
        self.lora_root = os.path.realpath(lora_root)
        self.lora_requests: dict[str, LoRARequest] = {}

    def _error(self, message: str) -> ErrorResponse:
        return ErrorResponse(message=message, type="InvalidUserInput",
                             code=HTTPStatus.BAD_REQUEST)

    async def load_lora_adapter(self, request: LoadLoRAAdapterRequest):
        if request.lora_name in self.lora_requests:
            return self._error(f"The lora adapter '{request.lora_name}' has already been loaded.")
        adapter_dir = os.path.realpath(os.path.join(self.lora_root, request.lora_path))
        if os.path.commonpath([self.lora_root, adapter_dir]) != self.lora_root:
            return self._error("lora_path must stay inside the adapter root")
        with open(os.path.join(adapter_dir, "adapter_config.json")) as f:
            config = json.load(f)
        lora_request = LoRARequest(lora_name=request.lora_name,
                                   lora_int_id=len(self.lora_requests) + 1,
                                   lora_path=adapter_dir, base_model_name=config.get("base_model_name_or_path"))
        await self.engine_client.add_lora(lora_request)
        self.lora_requests[request.lora_name] = lora_request
        return lora_request
