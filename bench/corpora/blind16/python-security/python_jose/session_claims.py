# library: python-jose
import os

from fastapi import FastAPI, Header, HTTPException
from jose import JWTError, jwt

app = FastAPI()
PUBLIC_KEYS = {"k1": os.environ.get("JWT_PUBLIC_KEY_K1", "")}


@app.get("/me")
def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    # expect: jwt-no-verify
    claims = jwt.get_unverified_claims(token)
    return {"user": claims["sub"]}


@app.get("/me-verified")
def me_verified(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    kid = jwt.get_unverified_header(token).get("kid")
    if kid not in PUBLIC_KEYS:
        raise HTTPException(401)
    try:
        claims = jwt.decode(token, PUBLIC_KEYS[kid], algorithms=["RS256"], audience="api")
    except JWTError:
        raise HTTPException(401)
    return {"user": claims["sub"]}


@app.get("/admin")
def admin(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    # expect: jwt-no-verify
    claims = jwt.decode(token, "", options={"verify_signature": False})
    if claims.get("role") != "admin":
        raise HTTPException(403)
    return {"ok": True}
