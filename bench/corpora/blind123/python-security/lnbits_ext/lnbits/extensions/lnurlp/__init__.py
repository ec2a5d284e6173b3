from fastapi import APIRouter

from lnbits.db import Database

db = Database("ext_lnurlp")

lnurlp_ext: APIRouter = APIRouter(prefix="/lnurlp", tags=["lnurlp"])
