# library: FastAPI / uvicorn
"""Public API for the events service."""
import os

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

app = FastAPI(title="events", docs_url=None if os.environ.get("ENV") == "prod" else "/docs")

app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com", "*.example.com"])
app.add_middleware(
    CORSMiddleware,
    # expect: cors-misconfiguration
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

public = FastAPI()
public.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

admin = FastAPI()
admin.add_middleware(
    CORSMiddleware,
    allow_origins=["https://admin.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)


@app.get("/events")
async def list_events(limit: int = 50):
    return {"items": [], "limit": min(limit, 200)}


app.mount("/public", public)
app.mount("/admin", admin)

if __name__ == "__main__":
    uvicorn.run("main:app", host=os.environ.get("HOST", "127.0.0.1"), port=8000, reload=False)
