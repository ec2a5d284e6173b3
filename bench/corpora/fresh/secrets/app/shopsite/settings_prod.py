from .settings import *  # noqa

import os

# expect: secret
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "azxjr(lzw2ojh^2u=&v@1$_-7a7zk@stkm(y1c2g+-w&qj55sg")

VAULT = {
    "url": "https://vault.internal.example.com:8200",
    # expect: secret
    "token": "hvs.1NDFk51l2JCjijoC0BBzA88x",
    "mount": "shop",
}

SOCIAL_AUTH_GITHUB_SECRET = os.environ["GITHUB_SECRET"]
