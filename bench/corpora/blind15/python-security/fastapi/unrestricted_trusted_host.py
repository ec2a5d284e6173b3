# library: fastapi / starlette (TrustedHostMiddleware)
import os

from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware

app = FastAPI()
# expect: host-header-injection
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["*"])

internal = FastAPI()
# expect: host-header-injection
internal.add_middleware(TrustedHostMiddleware, allowed_hosts=["*.example.com", "*"])

billing = FastAPI()
billing.add_middleware(TrustedHostMiddleware, allowed_hosts=["billing.example.com", "*.billing.example.com"])

docs = FastAPI()
docs.add_middleware(TrustedHostMiddleware, allowed_hosts=os.environ.get("ALLOWED_HOSTS", "docs.example.com").split(","))


@app.get("/reset-link")
async def reset_link():
    return {"base": "https://app.example.com/reset"}
