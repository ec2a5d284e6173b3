"""The callers of a module's functions among the project's own files, for the taint engine: a
NestJS controller hands `@Query('q') q` to `this.ordersService.search(q)`, an Express controller
`req.params.quarter` to `reports.byQuarter(quarter)` of a `lib/` module, a router
`reports.read(req.params.name)` to a service class of another file, whose code runs it in SQL or
opens it. The module learns which parameters of its functions and methods the files importing it
pass request data to, and its flows start there: the finding is the sink's, in the function (an
imported function's call is reported too, as its summary says). The importers are looked for
near the module (its directory and the ones above it: :data:`PY_LEVELS` for Python, :data:`JS_LEVELS` for JavaScript/TypeScript,
at most :data:`NEAR_FILES` files), so a check of one file finds them in the editor as in a bulk scan.
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache
from pathlib import Path

from postil.analyzers.rules.taint_reexports import HOPS
from postil.core import reads
from postil.core.userregex import re2_program

NEAR_FILES = 300  # files looked at for importers of a class's module
JS_LEVELS = 3  # the directories above a JavaScript/TypeScript module its importers are looked for under
# ... and above a Python module (AWX's `awx/api/views.py` hands a task of `awx/main/tasks/jobs.py` its data)
PY_LEVELS = 2
EDITOR_HANDLERS = 32  # without a bulk scan (the editor's check), the importers and handlers of a module followed
_SKIPPED = frozenset({"node_modules", "dist", "build", "coverage", "out", "vendor", "__pycache__", "site-packages"})
_SUFFIXES = {"js": (".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx"), "python": (".py",)}
# a file that reads a request as handlers do: Express/Koa/Fastify/Next.js request objects, NestJS
# parameter decorators, Lambda's API Gateway events; Flask/Django/DRF/Starlette/aiohttp/Pyramid request objects and the route
# decorators whose parameters are the URL's, Tornado's argument getters and websocket messages, Quart's
# websocket (the callers followed; a library's files read none)
HANDLES = {
    # (hapi's and AdminJS's `request.payload`, the body, not Payload CMS's `req.payload`, its API; NocoBase's `ctx.action.params`)
    "js": re.compile(r"\b(?:req|request|ctx|context)\.(?:query|body|params|headers|cookies|request|url|path|originalUrl|get|header|param|nextUrl|json|formData|action\.params|bodyJson|bodyText)\b|\brequest\.payload\b"
                     # (h3's and Nuxt/Nitro's server routes: their request helpers, `getQuery(event)`, `await readBody(event)`)
                     r"|\b(?:getQuery|getValidatedQuery|readBody|readValidatedBody|readRawBody|readFormData|readMultipartFormData|getRouterParams?|getValidatedRouterParams|getCookie|parseCookies|getRequestURL)(?:<[^>()]{0,200}>)?\(\s*event\b"
                     # (Next.js route handlers and the wrappers handing them the query: `withWorkspace(async ({ searchParams }) =>`)
                     r"|\(\s*\{[^}]{0,300}\bsearchParams\b"
                     # (SvelteKit's endpoints and loads, Remix's loaders and actions given the URL's parts: `GET({ url, params })`)
                     r"|\b(?:loader|action|load|GET|POST|PUT|PATCH|DELETE)\s*(?::[^=(\n]{0,100})?(?:=\s*(?:async\s*)?)?\(\s*\{[^}]{0,300}\b(?:url|params|cookies)\b"
                     # (Meteor's methods, GraphQL resolver maps, tRPC procedures: `.mutation(async ({ input }) =>`, `opts.input`)
                     # (a route builder's handler: Jitsu's `createRoute().GET({...}).handler(async ({ query, body }) =>`)
                     r"|\.handler\(\s*(?:async\s*)?\(\s*\{[^}]{0,300}\b(?:query|body)\b"
                     r"|\bMeteor\.methods\(|\b(?:Query|Mutation|Subscription)\s*:\s*\{|\.(?:query|mutation|subscription)\(\s*(?:async\s*)?\(\s*\{[^}]{0,300}\binput\b|\bopts\.input\b"
                     # (next-safe-action's actions, `.action(async ({ parsedInput }) =>`; Trigger.dev's tasks, `schemaTask({ run })`)
                     r"|\bparsedInput\b|\bschemaTask\("
                     # (a graphql-js field config's resolver, `async resolve(_, args, req) {`, `resolve: (root, { id }) =>`:
                     # defined, not called, `path.resolve(root, name)`)
                     r"|(?<![\w$.])resolve\s*(?::\s*(?:async\s*)?(?:function\s*)?)?\(\s*(?:_\w*|parent|root|obj|source)\s*,\s*(?:args\b|\{)"
                     # (a Node `http` handler reading the body from its request's events: `request.on('data', ...)`)
                     r"|\b(?:req|request)\.on\(\s*['\"]data['\"]"
                     # (NestJS's parameter decorators: a GraphQL resolver of mutations only reads `@Args()`)
                     r"|@(?:Query|Body|Param|Headers|Req|Request|Args?|Cookies|UploadedFiles?|MessageBody|Payload|HTTP(?:Query|Queries|Param|Body|Headers))\("
                     # Rocket.Chat's (Restivus') endpoints and Misskey's (`super(meta, paramDef, async (ps) => ...)`)
                     r"|\bthis\.(?:urlParams|queryParams|bodyParams)\b|\bsuper\(\s*meta\s*,\s*paramDef\s*,"
                     # (AWS Lambda's handlers: what API Gateway's event holds)
                     r"|\bevent\.(?:queryStringParameters|pathParameters|multiValueQueryStringParameters|body|rawPath|rawQueryString)\b"
                     # (socket.io's: a client's handshake and the arguments of the events it emits; ws's messages)
                     r"|\bsocket\.(?:handshake|on)\b|\bws\.on\(\s*['\"]message"
                     # (uWebSockets.js', Elysia's and Bun's WebSocket handlers: `App().ws('/*', { message })`, `websocket: {
                     # message }`; Elysia's routes, their context taken apart; hyper-express's request parameters)
                     r"|\.ws(?:<[^>()]{0,200}>)?\(\s*['\"`]|\bwebsocket\s*:\s*\{|\bfrom\s+['\"]elysia['\"]|\b(?:req|request)\.(?:query|path)_parameters\b"
                     # (MagicMirror's node helpers: the payload of a browser's socket notification)
                     r"|\bsocketNotificationReceived\b"
                     # (Countly's plugins: `params.qstring`, the request's query string and body)
                     r"|\bparams\.qstring\b"
                     # (Haraka's plugins: a message's headers and envelope, `txn.header.get('From')`, `txn.mail_from`)
                     r"|\b(?:txn|transaction)\.(?:header\.get|mail_from|rcpt_to)\b"
                     # (Kuzzle's controller actions: the API call's arguments, `request.getString('name')`, `request.input.args`)
                     r"|\brequest\.(?:get(?:Body)?(?:String|Array|Object)|getBody|getSearchBody|input\.(?:args|body|headers))\b"
                     # (jsreport's render listeners, a render request's data; Botkit's features, a user's chat message;
                     # BullMQ's workers, the data of a job a route queued)
                     r"|\.(?:before|after|validate)RenderListeners\.(?:add|insert)\(|\bcontroller\.hears\(|\bjob\.data\b"
                     # (Probot's apps: a webhook's payload, `context.payload.comment.body`)
                     r"|\bcontext\.payload\b"
                     # (ThinkJS's controllers: an action's readers of the request, `this.post()`, `this.get('id')`)
                     r"|\bthis\.(?:post|param)\(|\bthis\.get\(\s*(?:\)|['\"])"
                     # (Next.js's server actions: a module opening with the directive, whose exported functions the browser calls)
                     r"|(?:^|\n)[ \t]*['\"]use server['\"]"),
    "python": re.compile(r"\b(?:req|request)\.(?:args|form|forms|values|read|json|get_json|data|files|cookies|headers|GET|POST|FILES|body|"
                         r"query_params|path_params|match_info|query|params|matchdict|json_body|media|get_media|get_param)\b"
                         # (a class-based controller's methods too: fastapi-utils' `@cbv(router)` classes; Litestar's
                         # and BlackSheep's bare route decorators, `@get("/list")`, whose parameters are the query's)
                         r"|^[ \t]*@(?:\w+\.)?(?:route|get|post|put|patch|delete)\("
                         # Tornado's handlers and websockets, Quart's websocket, aiohttp's websocket to a client
                         r"|\bself\.get_(?:query_|body_)?arguments?\(|^[ \t]+def on_message\(self\b|\bwebsocket\.(?:args|receive)\b"
                         r"|\bWebSocketResponse\("
                         # (a class-based view's methods taking the URL's parts: Flask's MethodView `def get(self, name)`)
                         r"|^[ \t]+def (?:get|post|put|patch|delete)\(\s*self\s*,\s*[a-z_]\w*\s*[,:)]"
                         # GraphQL resolvers: strawberry's fields and mutations, graphene's and Ariadne's `resolve_x(root, info, ...)`
                         r"|^[ \t]*@strawberry\.(?:field|mutation)\b|^[ \t]*def resolve_\w+\(\s*\w+\s*,\s*info\b"
                         # graphene's mutations, Flask-RESTful's request parser, webargs' decorators, RPC methods
                         r"|^[ \t]*def (?:mutate|mutate_and_get_payload|perform_mutation)\((?:\s*\w+\s*,)?\s*\w+\s*,\s*info\b"
                         r"|\breqparse\b|^[ \t]*@(?:\w+\.)?use_(?:kw)?args\(|^[ \t]*@(?:\w+\.)*(?:rpc_method|rpcmethod)\b"
                         # (CherryPy's, TurboGears' and Pecan's exposed methods (StackStorm's `@jsexpose`, WSME's
                         # `@wsexpose`), Girder's described routes: their arguments are the query's)
                         r"|^[ \t]*@(?:cherrypy\.|tg\.|pecan\.|wsme_pecan\.)?(?:js|ws)?expose\b|^[ \t]*@(?:\w+\.)*(?:autoDescribeRoute|describeRoute)\("
                         # (Deluge's JSON-RPC methods, a class's `@export` methods; plone.restapi's services' `json_body(self.request)`)
                         r"|[ \t]@export\b|\bjson_body\(\s*(?:self\.)?(?:req|request)\b"
                         # (the standard library's XML-RPC servers: the functions and instances they expose)
                         r"|\.register_(?:instance|function)\b|^class[ \t]+(?:Root|Host)Exports\b"  # (and Koji's hub's)
                         # (Twisted's resources: `render_POST(self, request)` serves the request, which a
                         # project's own getter may read for it: Sydent's `get_args(request, ...)`)
                         r"|^[ \t]+def render_(?:GET|POST|PUT|PATCH|DELETE|HEAD)\(\s*self\s*,\s*request\b"
                         # (OpenStack's wsgi controllers' actions: `def create(self, req, body)`, the JSON body)
                         r"|^[ \t]+def \w+\(\s*self\s*,\s*(?:req|request)\s*,[^)\n]*\bbody\b"
                         # (Falcon's responders: `def on_post(self, req, resp)`, Monasca's `res`, whatever they read of `req`)
                         r"|^[ \t]+def on_(?:get|post|put|patch|delete)\w*\(\s*self\s*,\s*req\s*,\s*resp?\b"
                         # (Django's editing views, FreedomBox's apps: `form_valid` gets the form bound to the posted fields)
                         r"|^[ \t]+def form_valid\(\s*self\s*,\s*form\b"
                         # (Moonraker's components: an endpoint's `web_request.get_str("path")`; CherryPy's classes
                         # exposed whole for its MethodDispatcher, `exposed = True`; connexion's operations)
                         r"|\bweb_request\.get(?:_str|_list|_args|_dict)?\(|\bexposed[ \t]*=[ \t]*True\b"
                         r"|\bimport[ \t]+connexion\b|\bfrom[ \t]+connexion[ \t]+import\b"
                         # (discord.py's bot commands, Red's cogs: what a chat user typed after the command)
                         r"|^[ \t]*@(?:\w+\.)*(?:command|group|hybrid_command|hybrid_group)\(", re.MULTILINE),
}


# and, for a Python file, one that serves requests: it imports a web framework (Aspen and Pando: Gratipay's
# simplate pages), declares routes, defines Falcon responders or
# subclasses a handler or view class (a project's own base too: `class ImagingHandler(ContextHandler)`).
# An HTTP client's `request.headers` (httpx, requests) is the request it sends: read as handlers, every
# module of such a library was fed request data by its callers, and its check took ~20x bandit's CPU.
SERVES = re.compile(r"^[ \t]*(?:from|import)[ \t]+(?:flask|quart|bottle|django|rest_framework|ninja|fastapi|starlette|"
                    r"litestar|pyramid|tornado|aiohttp|falcon|sanic|chalice|werkzeug|webob|cherrypy|hug|responder|"
                    r"connexion|masonite|odoo|frappe|graphene|strawberry|ariadne|channels|socketio|blacksheep|robyn|"
                    r"emmett|klein|twisted\.web|flask_\w+|webargs|modernrpc|rpc4django|tg|turbogears|girder|web|xmlrpc\.server|pecan|plone|aspen|pando|morepath|discord|redbot)\b|^[ \t]*@\w+\.(?:route|get|post|put|patch|delete)\("
                    r"|[ \t]@export\b"
                    # (Shinken's and Alignak's WebUI plugins: the module's `pages` map its functions to routes)
                    r"|^pages[ \t]*=[ \t]*\{\s*\w+\s*:\s*\{[^}\n]*[\"']route[\"']"
                    r"|^[ \t]*class[ \t]+\w+\([^)\n]*(?:Handler|View|ViewSet|Resource|Endpoint|Controller|Consumer)\b"
                    r"|^class[ \t]+(?:Root|Host)Exports\b"
                    # (OpenStack's controllers a project's own wsgi wraps: Murano's `wsgi.Resource(Controller())`)
                    r"|\bwsgi\.Resource\("
                    # (Morepath's views, registered on the project's own App class: OneGov's `@OrgApp.json(model=X, name=...)`)
                    r"|^[ \t]*@\w+\.(?:view|json|html)\([ \t]*model[ \t]*="
                    # (Moonraker's components, which register their endpoints on the server)
                    r"|\.register_endpoint\("
                    # (Falcon's responders, in a resource whose module need not import falcon: Freezer's
                    # `def on_post(self, req, resp)`; Monasca's `(self, req, res)`)
                    r"|^[ \t]+def on_(?:get|post|put|patch|delete)\w*\(\s*self\s*,\s*req\s*,\s*resp?\b", re.MULTILINE)


# what `\s` matches of ASCII in Python's `re` (RE2's `\s` lacks \x0b and \x1c-\x1f)
_ASCII_SPACE = r"[\t\n\x0b\f\r \x1c-\x1f]"


@lru_cache(maxsize=1)
def _python_programs() -> tuple:
    """HANDLES["python"] and SERVES as RE2 programs, meaning on ASCII text what they mean to `re`
    (there word boundaries, word characters and a line's start mean the same in both; a space is
    spelt as `re` reads it)."""
    return tuple(re2_program("(?m)" + p.pattern.replace(r"\s", _ASCII_SPACE), captures=False)
                 for p in (HANDLES["python"], SERVES))


def reads_requests(text: str, family: str) -> bool:
    """Whether a text of the language ``family`` reads a request as handlers do (HANDLES) and, in
    Python, serves requests (SERVES). An ASCII Python text is searched by RE2, in one pass for all
    the alternatives: `re` tried each at every position up to the first request read, near the end of a
    view (~520 k instructions a Flask handler, RE2 ~45 k); the same answer."""
    if family == "python" and text.isascii():
        handles, serves = _python_programs()
        data = text.encode()
        return handles.search(data) is not None and serves.search(data) is not None
    return HANDLES[family].search(text) is not None and (family != "python" or SERVES.search(text) is not None)


def family_of(path: Path) -> str:
    """The language family whose files may import the module ``path`` (see _SUFFIXES)."""
    return "python" if path.suffix == ".py" else "js"
Fed = dict[tuple[str, int | str], object]  # (function or "Class.method", position or keyword) -> the importer passing request data there


def import_word(path: Path) -> str:
    """The word an import of the module ``path`` spells (`reports-db` of `./lib/reports-db`, the
    directory's name for an `index` module, and for a Python package's own `__init__.py`: Cloudify's
    `from manager_rest.upload_manager import ...`), for a cheap look at a text before its imports are read."""
    stem = path.name.split(".")[0]
    return path.parent.name if stem == "index" or path.name == "__init__.py" else stem


def reexporting_packages(path: Path, root: Path, names_of) -> list[str]:
    """The names of the packages above the Python module ``path`` whose `__init__.py` imports it (or the
    package that does), at most :data:`taint_reexports.HOPS` deep: `helpers` of `helpers/source.py` where
    `helpers/__init__.py` says `from .source import get_param`, as its importers spell it (`from helpers
    import get_param`: see taint_py_reexports). ``names_of(package)``: the names its `__init__.py`'s imports
    spell, empty where it has none (see NearFiles.package_names)."""
    words, at = [], path
    for _ in range(HOPS):
        package = at.parent.parent if at.name == "__init__.py" else at.parent
        if package != root and root not in package.parents:  # (none above the workspace's root)
            break
        if import_word(at) not in names_of(package):
            break
        words.append(package.name)
        at = package / "__init__.py"
    return words


def near_files(directory: Path, root: Path, family: str = "js") -> list[Path]:
    """The files of a language ``family`` (JavaScript/TypeScript, Python) under ``directory`` and
    the directories above it (:data:`JS_LEVELS` for JavaScript/TypeScript, :data:`PY_LEVELS` for
    Python; not above ``root``), nearest directories first, at most :data:`NEAR_FILES`."""
    suffixes = _SUFFIXES[family]
    top = directory.parent if directory != root and root in directory.parents else directory
    for _ in range((JS_LEVELS if family == "js" else PY_LEVELS) - 1):
        if top == root or root not in top.parents:
            break
        top = top.parent  # (a JS app's layers: Rocket.Chat's `app/api/server/v1/` calls `app/integrations/server/lib/`)
    found: list[Path] = []
    todo = deque([str(directory)] + ([str(top)] if top != directory else []))  # (names: a root may hold thousands)
    seen: set[str] = set()
    while todo and len(found) < NEAR_FILES:
        current = todo.popleft()
        if current in seen:
            continue
        seen.add(current)
        for name, kind in reads.entries(str(current)) or ():  # (noted: core.reads)
            if name.startswith(".") or name in _SKIPPED:
                continue
            if kind == "d":
                todo.append(f"{current}/{name}")
            # a file itself: a link (perhaps out of the project) is not followed, as directories are not
            elif kind == "f" and name.endswith(suffixes) and not name.endswith(".d.ts"):
                found.append(Path(current, name))
                if len(found) >= NEAR_FILES:
                    break
    return found


class NearFiles:
    """The files near each module that may import it: under its directory and the one above
    (see near_files), whose imports (Python) or text (JavaScript) spell its import word; the
    listings and what the files hold kept for a run over files that do not change (``steady``:
    a check of one file or of a tree)."""

    def __init__(self) -> None:
        self._listed: dict[tuple[Path, str], list[Path]] = {}
        self._named: dict[Path, tuple[Path, ...]] = {}
        self._handling: dict[tuple[Path, str], bool] = {}
        self._handlers: dict[tuple[Path, str], bool] = {}  # see any_handler
        self._indexed: dict[tuple[Path, str], dict[str, list[Path]]] = {}  # see _importing
        self._names: dict[tuple[Path, str], frozenset[str]] = {}  # (file, digest) -> see imported_names
        self._packages: dict[Path, frozenset[str]] = {}  # a package directory -> see package_names

    def any_handler(self, path: Path, root: Path, handles, steady: bool) -> bool:
        """Whether a file near ``path`` reads a request as handlers do (``handles`` a file: whether it
        does, see handles), kept by directory for a run: else nothing near it calls it with
        request data, and no import of it is looked for."""
        key = (path.parent, family_of(path))
        known = self._handlers.get(key) if steady else None
        if known is None:
            known = any(handles(p) for p in self._listing(path.parent, root, steady, family_of(path)))
            if steady:
                self._handlers[key] = known
        return known

    def handles(self, path: Path, text: str | None, digest: str) -> bool:
        """Whether a file's text reads a request as handlers do (see HANDLES, SERVES), kept by its content:
        the cheap question before its sources are looked for (a library's files near a module read none)."""
        key = (path, digest)
        if key not in self._handling:
            if len(self._handling) > 50_000:
                self._handling.clear()
            family = family_of(path)
            self._handling[key] = text is not None and reads_requests(text, family)
        return self._handling[key]

    def named(self, path: Path, root: Path, derive, steady: bool) -> tuple[Path, ...]:
        """The files near ``path`` that may import it (``derive(question, file)``: what a file's text
        answers, see Workspace.derive: "names" its imported_names, "contains WORD" whether it holds WORD)."""
        known = self._named.get(path) if steady else None
        if known is None:
            known = self._look(path, root, derive, steady)
            if steady:
                if len(self._named) > 50_000:
                    self._named.clear()
                self._named[path] = known
        return known

    def files_near(self, path: Path, root: Path, steady: bool) -> list[Path]:
        """The files of ``path``'s language family under its directory and the one above (see near_files)."""
        return self._listing(path.parent, root, steady, family_of(path))

    def _listing(self, directory: Path, root: Path, steady: bool, family: str) -> list[Path]:
        listed = self._listed.get((directory, family)) if steady else None
        if listed is None:
            if len(self._listed) > 4096:
                self._listed.clear()
                self._handlers.clear()
            listed = near_files(directory, root, family)
            if steady:
                self._listed[(directory, family)] = listed
        return listed

    def package_names(self, package: Path, derive, steady: bool) -> frozenset[str]:
        """The names the imports of the Python package ``package``'s `__init__.py` spell (none without one),
        kept by package for a run: asked for each module under it (a handler tree's 300 views)."""
        known = self._packages.get(package) if steady else None
        if known is None:
            init = package / "__init__.py"
            known = frozenset(derive("names", init)) if reads.isfile(str(init)) else frozenset()
            if steady:
                if len(self._packages) > 4096:
                    self._packages.clear()
                self._packages[package] = known
        return known

    def forget_run(self) -> None:
        """Drop what was looked up for a run (see named): files may come and go after it."""
        for kept in (self._listed, self._named, self._handlers, self._indexed, self._packages):
            kept.clear()

    def _look(self, path: Path, root: Path, derive, steady: bool) -> tuple[Path, ...]:
        word = import_word(path)
        family = family_of(path)
        if family == "python":  # (a Python module's import word is a name its importers' imports spell: looked up)
            index = self._importing(path.parent, root, derive, steady)
            packages = reexporting_packages(path, root, lambda package: self.package_names(package, derive, steady))
            spelling = [p for w in (word, *packages) for p in index.get(w, ()) if p != path]
            return tuple(dict.fromkeys(spelling))
        found = []
        listing = self._listing(path.parent, root, steady, family)
        # (and the directory's word where an `index` module beside it may re-export it: see taint_reexports)
        barrel = path.name.split(".")[0] != "index" and any(
            c.parent == path.parent and c.name.split(".")[0] == "index" for c in listing)
        words = (word, path.parent.name) if barrel and path.parent.name != word else (word,)
        for candidate in listing:
            if candidate != path and any(derive(f"contains {w}", candidate) for w in words):
                found.append(candidate)
        return tuple(found)

    def _importing(self, directory: Path, root: Path, derive, steady: bool) -> dict[str, list[Path]]:
        """Name -> the Python files near ``directory`` whose imports spell it (see imported_names),
        each text read once a run, not once for every module near it (a tree of 1,250 handlers asked
        375,000 times), and a name matched as an import, not as text (a module `m` or `db`: nearly
        every file holds the letters)."""
        key = (directory, "python")
        known = self._indexed.get(key) if steady else None
        if known is None:
            if len(self._indexed) > 4096:
                self._indexed.clear()
            known = {}
            for candidate in self._listing(directory, root, steady, "python"):
                for word in derive("names", candidate):
                    known.setdefault(word, []).append(candidate)
            if steady:
                self._indexed[key] = known
        return known

    def _imported_by(self, path: Path, text: str | None, digest: str) -> frozenset[str]:
        """imported_names of a file's text, kept by its content."""
        key = (path, digest)
        known = self._names.get(key)
        if known is None:
            if len(self._names) > 50_000:
                self._names.clear()
            known = self._names[key] = frozenset(imported_names(text)) if text is not None and "import" in text \
                else frozenset()
        return known


_NAME = re.compile(r"[A-Za-z_]\w*")
# an import statement's modules and names: `import a.b as c`, `from .m import x`, `from . import (m, n)`
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,4000}\)|[^\n#;]*)|import[ \t]+([^\n#;]*))", re.MULTILINE)


def imported_names(text: str) -> set[str]:
    """The words a Python text's import statements spell (`import m`, `from . import m`, `from m
    import x`, `from pkg.m import x`): the names of the modules it may import."""
    return {word for statement in _IMPORT.finditer(text) for part in statement.groups() if part
            for word in _NAME.findall(part)}


def fed_parameters(facts, spec) -> Fed:
    """(function or "Class.method", position) -> the file of the project that calls a function
    of a parsed file (``facts``: its taint_facts.FileFacts) with request data of the rule
    ``spec`` for that parameter."""
    link = facts.link
    if link is None or facts.g.wrapper_sinks and spec.label != "request data":
        return {}  # (Python: the callers' request data only, not a client's IP address or a random value)
    # (a function taking no argument is fed none: `def db(): return sqlite3.connect(...)`, which
    # every handler of a tree calls, costs no look at them; nor a file of such functions, at its callers)
    if facts.taking is None:  # (asked by every rule, in every check of a few units: once a parse)
        receivers = facts.g.receivers
        facts.taking = frozenset(name for name, scope in facts.helpers().items()
                                 if any(names and names[0].text() not in receivers for _, names in facts.parameters(scope)))
    return link.fed(spec, facts.specs, facts.taking) if facts.taking and link.called else {}


def argument_key(argument, position: int) -> int | str:
    """What a call's argument at ``position`` feeds, as a Fed key: a keyword argument its
    parameter by name (`service.create(db_session=s, incident_in=body)` to `def create(*,
    db_session, incident_in)`: its order in the call says nothing), any other its position."""
    name = argument.field("name") if argument.kind() == "keyword_argument" else None
    if argument.kind() == "pair":  # (one packed in a `kwargs={"host": h}` dict: see taint_dispatch)
        key = argument.field("key")
        if key is not None and key.kind() == "string" and re.fullmatch(r"""(["'])\w+\1""", key.text()):
            return key.text()[1:-1]
    return name.text() if name is not None else position


def parameter_position(parameters: list, key: int | str, method: int) -> int | None:
    """The position among a function's ``parameters`` (taint_facts.FileFacts.parameters) that a
    Fed ``key`` stands for: a call's position past a method's receiver (``method``: 1 for a method
    taking `self`), or the parameter a keyword argument names, else the `**kwargs` that takes it
    (DefectDojo's `DefaultImporter(service=...)` reading `kwargs.get("service")`; None: no such parameter)."""
    if isinstance(key, int):
        return key + method
    named = next((i for i, (_, names) in enumerate(parameters) if names and names[0].text() == key), None)
    return named if named is not None else next(
        (i for i, (node, names) in enumerate(parameters) if names and node.kind() == "dictionary_splat_pattern"), None)


def named_argument(argument):
    """A call's argument for an imported function's parameter, not a `**params` spread (whose keys its module's
    callers' flows follow, here: reported there, or not at all)."""
    return None if argument is None or argument.kind() == "dictionary_splat" else argument
