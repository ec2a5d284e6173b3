"""Admin-managed 'functions' (pipes/filters)."""
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from ..utils.auth import get_admin_user, get_verified_user
from ..utils.plugin import load_builtin_function, load_function_module_by_id

router = APIRouter()


class FunctionForm(BaseModel):
    id: str
    name: str
    content: str


class BuiltinForm(BaseModel):
    name: str


@router.post("/create")
async def create_new_function(form_data: FunctionForm, user=Depends(get_admin_user)):
    if not form_data.id.isidentifier():
        raise HTTPException(status_code=400, detail="Only alphanumeric characters and underscores are allowed in the id")
    content = form_data.content.replace("\r\n", "\n")
    module, meta = load_function_module_by_id(form_data.id, content)
    return {"id": form_data.id, "name": form_data.name, "meta": meta, "type": getattr(module, "TYPE", "filter")}


@router.post("/builtin")
async def enable_builtin(form_data: BuiltinForm, user=Depends(get_verified_user)):
    try:
        module = load_builtin_function(form_data.name)
    except ValueError:
        raise HTTPException(status_code=404, detail="Unknown function")
    return {"name": form_data.name, "doc": (module.__doc__ or "").strip()}
