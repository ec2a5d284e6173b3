"""CORS settings for the FastAPI gateway and the Django admin."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    # expect: insecure-cors
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
)

internal = FastAPI()
internal.add_middleware(CORSMiddleware, allow_origins=os.environ.get("CORS_ORIGINS", "").split(","), allow_credentials=True)

public = FastAPI()
public.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

# Django side (settings module shares this file in the monorepo's docs build)
# expect: insecure-cors
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
