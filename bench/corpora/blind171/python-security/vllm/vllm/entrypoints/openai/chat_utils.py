# SPDX-License-Identifier: Apache-2.0
"""Chat template rendering and media loading for chat requests."""

from functools import lru_cache

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from vllm.multimodal.utils import MediaConnector

_sandbox = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=32)
def _compile_sandboxed(source: str):
    return _sandbox.from_string(source)


def apply_chat_template(tokenizer, messages, chat_template, add_generation_prompt):
    """Render the conversation with the model's template or the request's one."""
    if chat_template is None:
        return tokenizer.apply_chat_template(messages, tokenize=False,
                                             add_generation_prompt=add_generation_prompt)
    template = _compile_sandboxed(chat_template)
    return template.render(messages=messages, add_generation_prompt=add_generation_prompt,
                           bos_token=tokenizer.bos_token, eos_token=tokenizer.eos_token)


def apply_tool_template(tokenizer, messages, tool_template, tools):
    """Tool-calling models may send a per-request template for the tool section."""
    env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True)
    # expect: code-injection
    template = env.from_string(tool_template)
    return template.render(messages=messages, tools=tools, bos_token=tokenizer.bos_token)


def render_system_banner(model_name: str) -> str:
    """Fixed template, only data is substituted."""
    env = jinja2.Environment(autoescape=False)
    return env.from_string("You are {{ model }}, a helpful assistant.").render(model=model_name)


async def load_request_media(messages, media_config):
    connector = MediaConnector(allowed_local_media_path=media_config.allowed_local_media_path,
                               allowed_media_domains=media_config.allowed_media_domains)
    loaded = []
    for message in messages:
        content = message.get("content")
        if not isinstance(content, list):
            continue
        for part in content:
            if part.get("type") == "image_url":
                loaded.append(await connector.fetch_image(part["image_url"]["url"]))
            elif part.get("type") == "input_audio_url":
                loaded.append(await connector.fetch_audio(part["input_audio_url"]["url"]))
    return loaded
