"""'/preview' comment command: check that a docs preview page builds and answers."""
import re

from gidgethub import routing

router = routing.Router()

COMMAND_RE = re.compile(r"^/preview\s+(\S+)\s*$", re.MULTILINE)
READTHEDOCS_PREVIEW = "https://cpython-previews--{number}.org.readthedocs.build/en/{number}/"


async def _status(session, url):
    # expect: ssrf
    async with session.get(url, timeout=15, allow_redirects=False) as resp:
        return resp.status


@router.register("issue_comment", action="created")
async def preview_command(event, gh, *args, session, **kwargs):
    issue = event.data["issue"]
    if "pull_request" not in issue:
        return
    match = COMMAND_RE.search(event.data["comment"]["body"])
    if not match:
        return
    page = match.group(1)
    status = await _status(session, page) if page.startswith("http") else None
    await gh.post(
        issue["comments_url"],
        data={"body": f"Preview `{page[:200]}` answered HTTP {status}."},
    )


@router.register("pull_request", action="labeled")
async def preview_on_label(event, gh, *args, session, **kwargs):
    if event.data["label"]["name"] != "docs":
        return
    number = int(event.data["pull_request"]["number"])
    url = READTHEDOCS_PREVIEW.format(number=number)
    async with session.get(url, timeout=15) as resp:
        ok = resp.status == 200
    await gh.post(
        event.data["pull_request"]["comments_url"],
        data={"body": f"Docs preview: {url}" if ok else "Docs preview is not built yet."},
    )
