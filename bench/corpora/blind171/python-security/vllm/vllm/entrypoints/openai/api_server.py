# SPDX-License-Identifier: Apache-2.0
"""OpenAI-compatible HTTP front end (trimmed to the routes used here)."""

from http import HTTPStatus

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from vllm.entrypoints.openai.chat_utils import (apply_chat_template, apply_tool_template,
                                                load_request_media)
from vllm.entrypoints.openai.protocol import (ChatCompletionRequest, ErrorResponse,
                                              LoadLoRAAdapterRequest, TokenizeRequest)
from vllm.entrypoints.openai.serving_models import OpenAIServingModels
from vllm.entrypoints.utils import validate_api_key

router = APIRouter()


def models(request: Request) -> OpenAIServingModels:
    return request.app.state.openai_serving_models


@router.post("/v1/chat/completions", dependencies=[Depends(validate_api_key)])
async def create_chat_completion(request: ChatCompletionRequest, raw_request: Request):
    engine = raw_request.app.state.engine_client
    tokenizer = await engine.get_tokenizer()
    media = await load_request_media(request.messages, raw_request.app.state.media_config)
    prompt = apply_chat_template(
        tokenizer,
        request.messages,
        chat_template=request.chat_template,
        add_generation_prompt=request.add_generation_prompt,
    )
    if request.tools and request.tool_template:
        prompt += apply_tool_template(tokenizer, request.messages, request.tool_template,
                                      [t.model_dump() for t in request.tools])
    generator = engine.generate(prompt, request.to_sampling_params(), media=media)
    if request.stream:
        return StreamingResponse(generator, media_type="text/event-stream")
    return JSONResponse((await generator.collect()).model_dump())


@router.post("/tokenize", dependencies=[Depends(validate_api_key)])
async def tokenize(request: TokenizeRequest, raw_request: Request):
    tokenizer = await raw_request.app.state.engine_client.get_tokenizer()
    prompt = apply_chat_template(tokenizer, request.messages, chat_template=None,
                                 add_generation_prompt=True)
    return JSONResponse({"tokens": tokenizer.encode(prompt)})


@router.post("/v1/load_lora_adapter", dependencies=[Depends(validate_api_key)])
async def load_lora_adapter(request: LoadLoRAAdapterRequest, raw_request: Request):
    result = await models(raw_request).load_lora_adapter(request)
    if isinstance(result, ErrorResponse):
        return JSONResponse(content=result.model_dump(), status_code=result.code)
    return JSONResponse({"loaded": request.lora_name}, status_code=HTTPStatus.OK)


def build_app(args) -> FastAPI:
    app = FastAPI(root_path=args.root_path)
    app.include_router(router)
    return app
