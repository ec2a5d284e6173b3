"""Configuration, in one package: the file model (``model``: ``[tool.postil]`` in pyproject.toml
or a ``.postil.toml``), the editor model (``editor``), the environment model (``environment``:
``POSTIL_LLM_*`` and the API keys), finding and reading the files (``files``), a config as
loaded (``loaded``), and the one place they are layered with the trust rule (``layers``:
user < project < editor).

The nearest config file walking up from a checked path wins; a ``.postil.toml`` beside a
``pyproject.toml`` with ``[tool.postil]`` is an error naming both (neither is read). Paths and
globs in a config file are relative to the directory holding it. What the callers of the
file configuration use is named here.
"""

from postil.config.files import (
    CONFIG_FILES,
    above_git_root,
    clear_config_cache,
    config_in,
    declares_postil,
    find_config_file,
    git_root,
    llm_refusal,
    parse_config,
)
from postil.config.layers import (
    EGRESS_KEYS,
    LIMIT_KEYS,
    USER_ONLY_KEYS,
    ConfigOverrides,
    load_config,
    load_file,
    users_own,
)
from postil.config.loaded import LoadedConfig, repository_of
from postil.config.model import (
    DEFAULT_TEST_PATHS,
    PROVIDERS,
    ConfigError,
    IndexConfig,
    LLMConfig,
    PostilConfig,
    key_name,
)

__all__ = [
    "CONFIG_FILES", "DEFAULT_TEST_PATHS", "EGRESS_KEYS", "LIMIT_KEYS", "PROVIDERS", "USER_ONLY_KEYS", "ConfigError",
    "ConfigOverrides", "IndexConfig", "LLMConfig", "LoadedConfig", "PostilConfig", "above_git_root",
    "clear_config_cache", "config_in", "declares_postil", "find_config_file", "git_root", "key_name", "llm_refusal", "load_config", "load_file",
    "parse_config", "repository_of", "users_own",
]
