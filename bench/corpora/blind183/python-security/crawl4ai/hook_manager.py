"""User-provided crawler hooks (``deploy/docker/hook_manager.py``)."""
import asyncio
import logging
from typing import Callable, Dict

logger = logging.getLogger(__name__)

HOOK_POINTS = (
    "on_browser_created",
    "on_page_context_created",
    "before_goto",
    "after_goto",
    "on_execution_started",
    "before_return_html",
)
SAFE_BUILTINS = {"len": len, "print": print, "str": str, "int": int, "dict": dict, "list": list}


def compile_hook(name: str, source: str) -> Callable:
    """Turn ``async def hook(page, context, **kw): ...`` source into a callable."""
    namespace: Dict[str, object] = {"asyncio": asyncio, "__builtins__": SAFE_BUILTINS}
    # expect: code-injection
    exec(compile(source, f"<hook:{name}>", "exec"), namespace)
    hook = namespace.get("hook")
    if not callable(hook):
        raise ValueError(f"hook {name} must define 'hook'")
    return hook


def wrap_with_timeout(hook: Callable, timeout: float) -> Callable:
    async def runner(*args, **kwargs):
        try:
            return await asyncio.wait_for(hook(*args, **kwargs), timeout=timeout)
        except asyncio.TimeoutError:
            logger.warning("hook timed out after %.1fs", timeout)
            return args[0] if args else None
    return runner


def attach_user_hooks(crawler, hooks: Dict[str, str], timeout: float) -> None:
    for name, source in hooks.items():
        if name not in HOOK_POINTS:
            raise ValueError(f"unknown hook point {name}")
        crawler.crawler_strategy.set_hook(name, wrap_with_timeout(compile_hook(name, source), timeout))
