from dataclasses import dataclass, field
from typing import List

from flask import request

VALID_LANGUAGE_CODE = {"all", "en", "de", "fr", "es", "it", "nl"}


@dataclass
class EngineRef:
    name: str
    category: str


@dataclass
class SearchQuery:
    query: str
    engineref_list: List[EngineRef] = field(default_factory=list)
    lang: str = "all"
    pageno: int = 1
    result_path: str = ""


def get_search_query_from_webapp(preferences, form):
    query = form.get("q", "")
    lang = form.get("language") or preferences.get("language", "all")
    if lang not in VALID_LANGUAGE_CODE:
        lang = "all"
    try:
        pageno = int(form.get("pageno", "1"))
    except ValueError:
        pageno = 1
    engines = [EngineRef(name, form.get("category_" + name, "general")) for name in form.getlist("engines")]
    return SearchQuery(query, engines, lang, pageno, form.get("result_path", "//div[@class='result']"))


def raw_preferences():
    return {"language": request.cookies.get("language", "all"), "theme": request.cookies.get("theme", "simple")}
