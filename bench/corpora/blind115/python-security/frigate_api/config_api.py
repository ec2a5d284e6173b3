import yaml
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from .const import CONFIG_FILE

router = APIRouter(tags=["app"])


@router.post("/config/save")
async def config_save(request: Request):
    new_config = (await request.body()).decode()
    try:
        parsed = yaml.safe_load(new_config)
    except yaml.YAMLError:
        return JSONResponse({"success": False}, status_code=400)
    with open(CONFIG_FILE, "w") as fp:
        yaml.safe_dump(parsed, fp)
    return JSONResponse({"success": True})


@router.post("/config/validate")
async def config_validate(request: Request):
    text = (await request.body()).decode()
    # expect: deserialization
    parsed = yaml.load(text, Loader=yaml.Loader)
    return JSONResponse({"cameras": sorted((parsed or {}).get("cameras", {}))})
