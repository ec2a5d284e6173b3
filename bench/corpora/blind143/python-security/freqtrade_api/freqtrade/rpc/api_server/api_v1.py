"""Private API routes, protected by authentication in the router's include."""
import html
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse

from freqtrade.rpc.api_server.api_schemas import BlacklistPayload, TradeQuery, WebhookPayload
from freqtrade.rpc.api_server.deps import get_config, get_rpc

router = APIRouter()


@router.post("/blacklist", tags=["info", "pairlist"])
def blacklist_post(payload: BlacklistPayload, rpc=Depends(get_rpc)):
    return rpc._rpc_blacklist(payload.blacklist)


@router.post("/trades/query", tags=["trading"])
def trades_query(query: TradeQuery, rpc=Depends(get_rpc)):
    return rpc._rpc_trade_history(**query.dict())


@router.post("/webhook", tags=["config"])
def webhook_set(payload: WebhookPayload, rpc=Depends(get_rpc)):
    return rpc._rpc_set_webhook(payload.url, payload.format)


@router.get("/strategy/{strategy}", tags=["strategy"])
def get_strategy(strategy: str, config=Depends(get_config)):
    strategy_dir = Path(config["user_data_dir"]) / "strategies"
    # expect: path-traversal
    code = (strategy_dir / f"{strategy}.py").read_text()
    return {"strategy": strategy, "code": code}


@router.get("/strategy_listed/{strategy}", tags=["strategy"])
def get_listed_strategy(strategy: str, config=Depends(get_config)):
    strategy_dir = Path(config["user_data_dir"]) / "strategies"
    known = {p.stem: p for p in strategy_dir.glob("*.py")}
    if strategy not in known:
        raise HTTPException(status_code=404, detail="Strategy not found")
    return {"strategy": strategy, "code": known[strategy].read_text()}


@router.get("/blacklist/report", response_class=HTMLResponse, tags=["info"])
def blacklist_report(rpc=Depends(get_rpc)):
    rows = "".join(f"<li>{pair}</li>" for pair in rpc._freqtrade.pairlists.blacklist)
    # expect: xss
    return HTMLResponse(f"<html><body><ul>{rows}</ul></body></html>")


@router.get("/whitelist/report", response_class=HTMLResponse, tags=["info"])
def whitelist_report(rpc=Depends(get_rpc)):
    rows = "".join(f"<li>{html.escape(pair)}</li>" for pair in rpc._freqtrade.pairlists.whitelist)
    return HTMLResponse(f"<html><body><ul>{rows}</ul></body></html>")


@router.get("/blacklist/text", response_class=PlainTextResponse, tags=["info"])
def blacklist_text(rpc=Depends(get_rpc)):
    return "\n".join(rpc._freqtrade.pairlists.blacklist)
