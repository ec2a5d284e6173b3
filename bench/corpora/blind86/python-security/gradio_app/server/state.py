import hmac
import secrets
from dataclasses import dataclass, field


@dataclass
class BlocksConfig:
    cache_dir: str = "/tmp/gradio-cache"
    allowed_paths: list = field(default_factory=list)
    proxy_urls: set = field(default_factory=set)
    fns: dict = field(default_factory=dict)
    auth: dict = field(default_factory=dict)
    tokens: dict = field(default_factory=dict)

    def check_auth(self, username, password):
        expected = self.auth.get(username)
        return expected is not None and hmac.compare_digest(expected, password)

    def token_for(self, username):
        token = secrets.token_urlsafe(16)
        self.tokens[token] = username
        return token

    def describe(self, fn):
        return "<p>documented</p>"


_BLOCKS = BlocksConfig()


def get_blocks():
    return _BLOCKS
