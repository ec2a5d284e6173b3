"""Code validation endpoint, shaped on Langflow's api/v1/validate."""
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from langflow_api.services.auth import get_current_active_user
from langflow_api.utils import validate

router = APIRouter(prefix="/validate", tags=["Validate"])


class Code(BaseModel):
    code: str


class CustomComponentCode(BaseModel):
    code: str
    run: bool = False


@router.post("/code")
async def post_validate_code(code: Code, current_user=Depends(get_current_active_user)):
    errors = validate.validate_code(code.code)
    return {"imports": errors["imports"], "function": errors["function"]}


@router.post("/component")
async def post_validate_component(body: CustomComponentCode, current_user=Depends(get_current_active_user)):
    if body.run:
        return {"result": validate.run_function(body.code, "build")}
    return validate.validate_code(body.code)
