# library: fastapi (CORSMiddleware)
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

api = FastAPI()
# expect: cors-misconfiguration
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])

admin = FastAPI()
# expect: cors-misconfiguration
admin.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*", allow_credentials=True, allow_methods=["GET", "POST"])

public = FastAPI()
public.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

partner = FastAPI()
partner.add_middleware(
    CORSMiddleware,
    allow_origins=os.environ.get("PARTNER_ORIGINS", "https://partner.example.com").split(","),
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
