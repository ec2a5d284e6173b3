-- postil for Neovim: starts `postil serve` for every file buffer, and adds :PostilExplain,
-- :PostilReview, :PostilReviewStaged, :PostilFixAll, :PostilCheckWorkspace, :PostilReindex, :PostilStatus.
--
--   require("postil").setup({ settings = { run = "onSave", llm = { provider = "ollama" } } })
--
-- Neovim >= 0.11: vim.lsp.config + vim.lsp.enable; 0.8-0.10: vim.lsp.start; 0.7: vim.lsp.start_client.
local M = {}

M.name = "postil"

-- Server settings: mirror postil/config/editor.py (camelCase as sent), plus `llm` and `index`.
-- They go to the server as init_options and as the `postil` section of workspace/configuration.
-- API keys are NOT settings: the server reads OPENAI_API_KEY / ANTHROPIC_API_KEY /
-- POSTIL_LLM_API_KEY from its environment (set them in your shell, or with `cmd_env`).
M.default_settings = {
  enable = true,
  run = "onType", -- onType | onSave
  debounceMs = nil, -- nil: check at once while checks are fast; a number: fixed delay in ms
  logLevel = "info", -- error | warning | info | debug
  logFile = nil,
  select = nil, -- rule ids/prefixes; nil: the project config decides
  ignore = {},
  configurationPreference = "filesystemFirst", -- filesystemFirst | editorFirst | editorOnly
  maxDocumentLines = 200000,
  maxDiagnostics = 1000, -- per document, the most severe first; 0: no limit
  llm = {
    provider = "off", -- off | openai | anthropic | ollama | openai-compatible
    model = nil,
    baseUrl = nil,
    review = "onCommand", -- off | onCommand | onSave
  },
  index = {
    enable = true,
    embeddings = "hash", -- hash | onnx | openai | ollama | openai-compatible
    model = nil,
    modelPath = nil, -- a local ONNX embedding model directory (model.onnx, tokenizer.json)
    baseUrl = nil,
    chromaUrl = nil,
    exclude = {},
    maxFileSize = nil,
  },
}

M.defaults = {
  cmd = nil, -- full argv, e.g. { "/path/to/postil", "serve" }
  python = nil, -- a Python with postil installed: runs `python -P -m postil serve`
  cmd_env = nil, -- extra environment for the server and CLI (e.g. { OLLAMA_HOST = "..." })
  filetypes = nil, -- nil: every file buffer (rules cover several languages, secrets any file)
  root_markers = { ".postil.toml", ".git", "pyproject.toml" },
  review_cmd = nil, -- argv printing review JSON; default: <postil> review --staged --format json
  capabilities = nil, -- client capabilities (e.g. require("cmp_nvim_lsp").default_capabilities())
  handlers = nil, -- extra LSP handlers (workspace/configuration stays postil's)
  on_attach = nil, -- function(client, bufnr), as for any LSP client
  -- LSP client flags. Changes go to the server at once (Neovim waits up to 150 ms by default): it
  -- takes each in microseconds and coalesces checks itself, so diagnostics follow a keystroke by
  -- the check's time (bench/first_sight.py: 152 → 41 ms). Neovim applies the smallest debounce
  -- of the clients attached to a buffer to all of them.
  flags = { debounce_text_changes = 0 },
  settings = {},
}

-- What decides which program runs and whether and where code or keys go. Only the user's own
-- config sets these: setup() called from a project-local file (the exrc files .nvim.lua, .nvimrc,
-- .exrc) keeps the values the user's config gave them and says what it ignored.
M.egress_options = { "cmd", "python", "cmd_env", "review_cmd" }
M.egress_settings = {
  "logFile", "llm.provider", "llm.model", "llm.baseUrl", "llm.review",
  "index.embeddings", "index.model", "index.modelPath", "index.baseUrl", "index.chromaUrl",
}
local PROJECT_FILES = { [".nvim.lua"] = true, [".nvimrc"] = true, [".exrc"] = true }

M.config = nil
local clients_by_root = {} -- Neovim 0.7: one client per root
M.server_infos = {} -- client id -> serverInfo from the initialize result

local function has(version)
  return vim.fn.has("nvim-" .. version) == 1
end

local function notify(message, level)
  vim.notify(message, level or vim.log.levels.INFO, { title = "postil" })
end

--- `name` in PATH's absolute directories ("" when none holds it). exepath() also searches a
--- relative entry (`./node_modules/.bin`, `.`, the empty one a trailing `:` makes) from the
--- directory Neovim started in, which is the project: a repository shipping an executable
--- `postil` there would run when the file is opened.
function M.which(name, path)
  local windows = vim.fn.has("win32") == 1
  for dir in string.gmatch(path or vim.env.PATH or "", windows and "[^;]+" or "[^:]+") do
    local absolute = dir:sub(1, 1) == "/" or (windows and (dir:match("^%a:[/\\]") or dir:match("^[/\\][/\\]")))
    if absolute then
      for _, suffix in ipairs(windows and { ".exe", ".cmd", ".bat", "" } or { "" }) do
        local file = dir .. (windows and "\\" or "/") .. name .. suffix
        if vim.fn.executable(file) == 1 then
          return file
        end
      end
    end
  end
  return ""
end

--- Resolve the server argv and the CLI prefix (argv before `serve`). nil, message when not found.
function M.resolve(opts)
  opts = opts or M.config or M.defaults
  if opts.cmd then
    local cmd = vim.deepcopy(opts.cmd)
    local cli = vim.deepcopy(cmd)
    if cli[#cli] == "serve" then
      table.remove(cli)
    end
    if vim.fn.executable(cmd[1]) ~= 1 then
      return nil, string.format("postil: cmd %s is not executable; fix `cmd` in require('postil').setup{}", cmd[1])
    end
    return cmd, cli
  end
  if opts.python then
    if vim.fn.executable(opts.python) ~= 1 then
      return nil, string.format("postil: python %s is not executable; fix `python` in require('postil').setup{}", opts.python)
    end
    -- -P: the working directory (the project) is not put on sys.path, so the project's own
    -- json.py or pygls/ is never imported in place of postil's.
    return { opts.python, "-P", "-m", "postil", "serve" }, { opts.python, "-P", "-m", "postil" }
  end
  local exe = M.which("postil")
  if exe ~= "" then
    return { exe, "serve" }, { exe }
  end
  return nil, "postil: the postil language server was not found on PATH. Install it from a clone of postil with "
    .. "`pipx install /path/to/postil` (or `pip install /path/to/postil`), or pass `cmd` or `python` to "
    .. "require('postil').setup{}."
end

--- The nearest directory holding a root marker, in the markers' priority order; else the file's directory.
function M.root_dir(path, markers)
  markers = markers or (M.config or M.defaults).root_markers
  if path == nil or path == "" then
    return vim.loop.cwd()
  end
  local start = vim.fn.fnamemodify(path, ":p:h")
  for _, marker in ipairs(markers) do
    local dir = start
    while dir and dir ~= "" do
      if vim.loop.fs_stat(dir .. "/" .. marker) then
        return dir
      end
      local parent = vim.fn.fnamemodify(dir, ":h")
      if parent == dir then
        break
      end
      dir = parent
    end
  end
  return start
end

--- Environment for the server and the CLI: `cmd_env`, and PYTHONSAFEPATH=1 so no Python postil
--- starts imports from the project.
local function server_env(opts)
  return vim.tbl_extend("force", { PYTHONSAFEPATH = "1" }, opts.cmd_env or {})
end

--- workspace/configuration answered from setup{} only (the latest call): plugins that merge
--- project-local files into client.settings (e.g. neoconf's .neoconf.json) cannot redirect postil.
local function configuration_handler(_, params)
  local settings = (M.config or M.defaults).settings
  local result = {}
  for _, item in ipairs(params and params.items or {}) do
    if item.section == "postil" then
      table.insert(result, settings)
    elseif item.section == nil or item.section == "" then
      table.insert(result, { postil = settings })
    else
      table.insert(result, vim.NIL)
    end
  end
  return result
end

-- --- Markdown the server shows (explanations) ---------------------------------------------
--- Show Markdown in a float, rendered as :PostilExplain renders it (whichever way it came).
function M.show_markdown(markdown)
  local lines = vim.split(markdown, "\n", { plain = true })
  local float_buf, win = vim.lsp.util.open_floating_preview(lines, "markdown", {
    border = "rounded", max_width = 100, max_height = 40, focus_id = "postil-explain",
  })
  M.last_explain = { bufnr = float_buf, win = win }
end

--- A Markdown file the server wrote under `<root>/.postil/`, named by a URI or a path in `text`;
--- nil when `text` names none that exists there (nothing else is ever opened this way).
function M.postil_markdown_file(text, root)
  local real_root = root and vim.loop.fs_realpath(root)
  if not real_root then
    return nil
  end
  local prefix = real_root .. "/.postil/"
  for candidate in tostring(text or ""):gmatch("[^%s`'\"<>()]+%.md") do
    local path = vim.loop.fs_realpath(candidate:match("^file://") and vim.uri_to_fname(candidate) or candidate)
    if path and path:sub(1, #prefix) == prefix and vim.fn.filereadable(path) == 1 then
      return path
    end
  end
  return nil
end

local function client_root(ctx)
  local client = ctx and vim.lsp.get_client_by_id(ctx.client_id)
  return client and (client.root_dir or client.config.root_dir)
end

local function read_file(path)
  local f = io.open(path, "r")
  if not f then
    return nil
  end
  local text = f:read("*a")
  f:close()
  return text
end

--- window/showDocument: postil's own Markdown documents are shown rendered, in a float; any
--- other document goes to Neovim's handler (where it has one).
local function show_document_handler(err, params, ctx, config)
  local path = params and M.postil_markdown_file(params.uri, client_root(ctx))
  local markdown = path and read_file(path)
  if markdown then
    M.show_markdown(markdown)
    return { success = true }
  end
  local default = vim.lsp.handlers["window/showDocument"]
  if default then
    return default(err, params, ctx, config)
  end
  return { success = false }
end

--- window/showMessage: a message naming one of postil's Markdown files shows that file, and
--- a message of several lines (an explanation sent as a message) is shown whole, both rendered;
--- any other message goes to Neovim's handler.
local function show_message_handler(err, params, ctx, config)
  local message = params and params.message or ""
  local path = M.postil_markdown_file(message, client_root(ctx))
  local markdown = path and read_file(path) or (message:find("\n") and (params.type or 0) >= 3 and message)
  if markdown then
    M.show_markdown(markdown)
    return vim.NIL
  end
  return vim.lsp.handlers["window/showMessage"](err, params, ctx, config)
end

local function lsp_config(opts, cmd)
  return {
    name = M.name,
    cmd = cmd,
    cmd_env = server_env(opts),
    init_options = vim.deepcopy(opts.settings),
    settings = { postil = vim.deepcopy(opts.settings) }, -- copies: what others change there is not ours
    -- a partial table (e.g. only `experimental`) adds to Neovim's defaults instead of replacing
    -- them; window/showDocument is handled here (Neovim 0.7 has no handler of its own)
    capabilities = vim.tbl_deep_extend("force", vim.lsp.protocol.make_client_capabilities(), opts.capabilities or {},
      { window = { showDocument = { support = true } } }),
    handlers = vim.tbl_extend("force", opts.handlers or {}, {
      ["workspace/configuration"] = configuration_handler,
      ["window/showDocument"] = show_document_handler,
      ["window/showMessage"] = show_message_handler,
    }),
    on_attach = opts.on_attach,
    flags = opts.flags,
    on_init = function(client, result)
      -- Neovim 0.7 keeps no serverInfo on the client.
      M.server_infos[client.id] = result and result.serverInfo
    end,
    on_exit = function(code, signal, client_id)
      M.server_exited(code, signal, client_id)
    end,
  }
end

local function eligible(bufnr, opts)
  if vim.bo[bufnr].buftype ~= "" or vim.api.nvim_buf_get_name(bufnr) == "" then
    return false
  end
  if opts.filetypes then
    return vim.tbl_contains(opts.filetypes, vim.bo[bufnr].filetype)
  end
  return true
end

--- Start (or reuse) the client for a buffer on Neovim < 0.11.
function M.attach(bufnr)
  local opts = M.config
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if not opts or not eligible(bufnr, opts) then
    return
  end
  local cmd, err = M.resolve(opts)
  if not cmd then
    if not M._warned then
      M._warned = true
      notify(err, vim.log.levels.ERROR)
    end
    return
  end
  local root = M.root_dir(vim.api.nvim_buf_get_name(bufnr), opts.root_markers)
  local config = lsp_config(opts, cmd)
  config.root_dir = root
  config.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    clients_by_root[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

-- --- restarting a server that died ----------------------------------------------------------
M.max_restarts = 3 -- restarts allowed within `restart_window_ms`; after that postil says so and waits
M.restart_window_ms = 60000
local restarts = {} -- vim.loop.now() of each restart made within the window
local restart_wanted = {} -- client id -> true: stopped by :PostilRestart, start it again
local exiting = false

--- Attach every eligible buffer (starting the servers it needs).
local function attach_all()
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      M.attach(bufnr)
    end
  end
end

--- A postil client ended. A crash (what Neovim itself reports: an exit code, or a signal other
--- than the SIGTERM it stops clients with) restarts the server, at most `max_restarts` times
--- in `restart_window_ms`, with one line saying so; then one line saying it gave up.
function M.server_exited(code, signal, client_id)
  local wanted = restart_wanted[client_id]
  restart_wanted[client_id] = nil
  local crashed = code ~= 0 or (signal ~= 0 and signal ~= 15)
  if exiting or not (wanted or crashed) then
    return
  end
  -- after Neovim has dropped the dead client (it schedules that before calling us)
  vim.schedule(function()
    if not wanted then
      local now = vim.loop.now()
      restarts = vim.tbl_filter(function(t) return now - t < M.restart_window_ms end, restarts)
      local how = signal ~= 0 and ("signal " .. signal) or ("exit code " .. code)
      if #restarts >= M.max_restarts then
        notify(string.format("postil: the server stopped again (%s) after %d restarts in %d s; not restarting it. "
          .. "See :LspLog, then run :PostilRestart.", how, #restarts, M.restart_window_ms / 1000), vim.log.levels.ERROR)
        return
      end
      table.insert(restarts, now)
      notify(string.format("postil: the server stopped (%s); restarting it.", how), vim.log.levels.WARN)
    end
    attach_all()
  end)
end

--- :PostilRestart — stop postil's servers and start them again (forgets past restarts).
function M.restart()
  restarts = {}
  local running = false
  for _, client in ipairs(M.clients()) do
    running = true
    restart_wanted[client.id] = true
    if has("0.11") then
      client:stop()
    else
      client.stop()
    end
  end
  if not running then
    attach_all()
  end
end

--- Every running postil client.
function M.clients()
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ name = M.name })
  end
  return vim.tbl_filter(function(client) return client.name == M.name end, vim.lsp.get_active_clients())
end

--- setup{} called again while servers run: new launch options restart them; new settings
--- reach them through workspace/didChangeConfiguration (the server then asks for them).
local function update_running(previous, opts)
  local launch_changed = false
  for _, key in ipairs({ "cmd", "python", "cmd_env" }) do
    launch_changed = launch_changed or not vim.deep_equal(previous[key], opts[key])
  end
  if launch_changed then
    return M.restart()
  end
  if vim.deep_equal(previous.settings, opts.settings) then
    return
  end
  local params = { settings = { postil = vim.deepcopy(opts.settings) } }
  for _, client in ipairs(M.clients()) do
    if has("0.11") then
      client:notify("workspace/didChangeConfiguration", params)
    else
      client.notify("workspace/didChangeConfiguration", params)
    end
  end
end

--- The project-local file (exrc) among the callers of setup(), if any.
function M.project_file()
  for level = 2, 100 do
    local info = debug.getinfo(level, "S")
    if not info then
      break
    end
    local source = info.source or ""
    if source:sub(1, 1) == "@" and PROJECT_FILES[vim.fn.fnamemodify(source:sub(2), ":t")] then
      return source:sub(2)
    end
  end
  local sourcing = vim.fn.expand("<sfile>:p") -- a Vimscript .nvimrc/.exrc running `lua ...`
  if PROJECT_FILES[vim.fn.fnamemodify(sourcing, ":t")] then
    return sourcing
  end
  return nil
end

local function get_path(tbl, dotted)
  for part in dotted:gmatch("[^.]+") do
    if type(tbl) ~= "table" then
      return nil
    end
    tbl = tbl[part]
  end
  return tbl
end

local function set_path(tbl, dotted, value)
  local parts = vim.split(dotted, ".", { plain = true })
  for i = 1, #parts - 1 do
    tbl[parts[i]] = type(tbl[parts[i]]) == "table" and tbl[parts[i]] or {}
    tbl = tbl[parts[i]]
  end
  tbl[parts[#parts]] = value
end

--- `opts` with every egress option and setting taken from `trusted` instead; the names changed.
local function keep_egress(opts, trusted)
  local ignored = {}
  for _, key in ipairs(M.egress_options) do
    if not vim.deep_equal(opts[key], trusted[key]) then
      table.insert(ignored, key)
      opts[key] = vim.deepcopy(trusted[key])
    end
  end
  for _, key in ipairs(M.egress_settings) do
    local theirs, ours = get_path(opts.settings, key), get_path(trusted.settings, key)
    if not vim.deep_equal(theirs, ours) then
      table.insert(ignored, "settings." .. key)
      set_path(opts.settings, key, vim.deepcopy(ours))
    end
  end
  return ignored
end

function M.setup(user)
  local opts = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), user or {})
  opts.settings = vim.tbl_deep_extend("force", vim.deepcopy(M.default_settings), (user or {}).settings or {})
  local project = M.project_file()
  if project then
    local previous = M.config or vim.tbl_extend("force", M.defaults, { settings = M.default_settings })
    local ignored = keep_egress(opts, previous)
    if #ignored > 0 then
      notify(string.format("postil: ignored %s from %s: only your own config (init.lua) may set what postil runs "
        .. "and where code or keys go", table.concat(ignored, ", "), project), vim.log.levels.WARN)
    end
  end
  local previous = M.config
  M.config = opts
  M._warned = false
  if previous then
    update_running(previous, opts)
  end
  if not M._exit_hook then
    M._exit_hook = true
    vim.api.nvim_create_autocmd("VimLeavePre", { callback = function() exiting = true end })
  end

  if vim.lsp.config and vim.lsp.enable and has("0.11") then
    local cmd, err = M.resolve(opts)
    if not cmd then
      notify(err, vim.log.levels.ERROR)
      return
    end
    local config = lsp_config(opts, cmd)
    config.name = nil
    config.root_markers = opts.root_markers
    config.filetypes = opts.filetypes
    vim.lsp.config(M.name, config)
    vim.lsp.enable(M.name)
    return
  end

  local group = vim.api.nvim_create_augroup("postil", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = opts.filetypes or "*",
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  -- Buffers already open when setup() runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.bo[bufnr].filetype ~= "" then
      M.attach(bufnr)
    end
  end
end

-- --- talking to the server ------------------------------------------------------------
local function get_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ name = M.name, bufnr = bufnr })
  end
  local found = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == M.name then
      table.insert(found, client)
    end
  end
  return found
end

--- The postil client attached to a buffer (nil and a message when there is none).
function M.client(bufnr)
  local client = get_clients(bufnr or vim.api.nvim_get_current_buf())[1]
  if not client then
    return nil, "postil: no postil server attached to this buffer (see :checkhealth postil)."
  end
  return client
end

function M.server_version(client)
  local info = client and (client.server_info or M.server_infos[client.id])
  return info and info.version or nil
end

function M.supports_command(client, command)
  local provider = client.server_capabilities and client.server_capabilities.executeCommandProvider
  return provider ~= nil and type(provider) == "table" and vim.tbl_contains(provider.commands or {}, command)
end

function M.unsupported_message(feature, command, client)
  local version = M.server_version(client)
  return string.format("postil: %s is not available: %s has no '%s' command yet. "
    .. "Update postil (`pip install -U /path/to/your/postil/clone`) and restart the server (:LspRestart).",
    feature, version and ("postil " .. version) or "this postil server", command)
end

local function request(client, method, params, handler, bufnr)
  if has("0.11") then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- Run a server command; `on_result(result)` on success; a clear message when unsupported.
function M.execute(feature, command, arguments, on_result, bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client, err = M.client(bufnr)
  if not client then
    notify(err, vim.log.levels.ERROR)
    return
  end
  if not M.supports_command(client, command) then
    notify(M.unsupported_message(feature, command, client), vim.log.levels.WARN)
    return
  end
  request(client, "workspace/executeCommand", { command = command, arguments = arguments }, function(error, result)
    if error then
      local message = error.message or vim.inspect(error)
      if message:match("is not defined") then
        notify(M.unsupported_message(feature, command, client), vim.log.levels.WARN)
      else
        notify(string.format("postil: %s failed: %s", feature, (message:gsub("^postil:%s*", ""))), vim.log.levels.ERROR)
      end
      return
    end
    if on_result then
      on_result(result, client)
    end
  end, bufnr)
end

--- UTF-16 column (what the server counts in) of byte column `col` on a buffer line.
local function utf16_col(bufnr, lnum, col)
  local text = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ""
  return select(2, vim.str_utfindex(text, math.min(col, #text))) -- (Neovim < 0.11's signature)
end

--- The postil diagnostic under the cursor, as the LSP diagnostic the server sent: Neovim 0.8+
--- keeps it whole in user_data.lsp; 0.7 keeps only code and data there, so message, range
--- and severity come from the diagnostic Neovim made of it.
local function diagnostic_at_cursor(bufnr)
  local row, col = unpack(vim.api.nvim_win_get_cursor(0))
  local line = row - 1
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = line })) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (d.source or ""):find("^postil") and (d.end_lnum > line or d.col <= col and col <= d.end_col) then
      if lsp.message and lsp.range then
        return lsp
      end
      return vim.tbl_extend("force", lsp, {
        range = { start = { line = d.lnum, character = utf16_col(bufnr, d.lnum, d.col) },
                  ["end"] = { line = d.end_lnum, character = utf16_col(bufnr, d.end_lnum, d.end_col) } },
        message = d.message, source = d.source, code = lsp.code or d.code, severity = d.severity,
      })
    end
  end
  return nil
end

local function cursor_range()
  local row, col = unpack(vim.api.nvim_win_get_cursor(0))
  return { start = { line = row - 1, character = col }, ["end"] = { line = row - 1, character = col } }
end

function M.markdown_of(result)
  if type(result) == "string" then
    return result
  end
  if type(result) == "table" then
    for _, key in ipairs({ "markdown", "contents", "value" }) do
      if type(result[key]) == "string" then
        return result[key]
      end
    end
  end
  return nil
end

--- A server that works in the background answers {working = true, message = ...}: say so; the
--- result arrives by itself (a document, the diagnostics, one message). True when it did.
function M.working(result)
  if type(result) == "table" and result.working then
    notify(type(result.message) == "string" and result.message or "postil: working…")
    return true
  end
  return false
end

--- :PostilExplain — the server's explanation of the finding under the cursor, in a float.
function M.explain()
  local bufnr = vim.api.nvim_get_current_buf()
  local diagnostic = diagnostic_at_cursor(bufnr)
  local args = {
    uri = vim.uri_from_bufnr(bufnr),
    range = diagnostic and diagnostic.range or cursor_range(),
    diagnostic = diagnostic,
  }
  M.execute("Explain", "postil.explain", { args }, function(result)
    if M.working(result) then
      return
    end
    local markdown = M.markdown_of(result)
    if not markdown or markdown == "" then
      notify("postil: the server returned no explanation.", vim.log.levels.WARN)
      return
    end
    M.show_markdown(markdown)
  end, bufnr)
end

--- :PostilReview — LLM review of the current file (server command postil.reviewFile).
function M.review()
  local bufnr = vim.api.nvim_get_current_buf()
  M.execute("Review", "postil.reviewFile", { { uri = vim.uri_from_bufnr(bufnr) } }, function(result)
    if M.working(result) then
      return
    end
    local count = type(result) == "table" and result.findings or nil
    if type(count) == "table" then
      count = #count
    end
    notify(count and string.format("postil: review found %d issue(s); see the diagnostics.", count)
      or "postil: review finished; see the diagnostics.")
  end, bufnr)
end

local QF_TYPE = { error = "E", warning = "W", info = "I", hint = "N" }

--- Review JSON (the `postil check --format json` findings shape) → quickfix items.
function M.quickfix_items(decoded, cwd)
  local items = {}
  local findings = type(decoded) == "table" and (decoded.findings or decoded) or {}
  for _, f in ipairs(findings) do
    if type(f) == "table" and type(f.path or f.file) == "string" and type(f.message) == "string" then
      local path = f.path or f.file
      if not path:match("^/") and not path:match("^%a:[\\/]") then
        path = cwd .. "/" .. path
      end
      local rule = type(f.rule) == "string" and ("[" .. f.rule .. "] ") or ""
      table.insert(items, {
        filename = path,
        lnum = type(f.line) == "number" and f.line or 1,
        col = type(f.column) == "number" and f.column or 1,
        end_lnum = type(f.end_line) == "number" and f.end_line or nil,
        end_col = type(f.end_column) == "number" and f.end_column or nil,
        type = QF_TYPE[f.severity] or "W",
        text = rule .. f.message,
      })
    end
  end
  return items
end

--- :PostilReviewStaged — `postil review --staged --format json` → quickfix list.
function M.review_staged(done)
  local opts = M.config or M.defaults
  local argv = opts.review_cmd and vim.deepcopy(opts.review_cmd)
  if not argv then
    local _, cli = M.resolve(opts)
    if not cli then
      notify(select(2, M.resolve(opts)), vim.log.levels.ERROR)
      return
    end
    argv = vim.list_extend(cli, { "review", "--staged", "--format", "json" })
  end
  local cwd = M.root_dir(vim.api.nvim_buf_get_name(0), opts.root_markers)
  local stdout, stderr = {}, {}
  notify("postil: reviewing staged changes…")
  local job = vim.fn.jobstart(argv, {
    cwd = cwd,
    env = server_env(opts),
    stdout_buffered = true,
    stderr_buffered = true,
    on_stdout = function(_, data) stdout = data end,
    on_stderr = function(_, data) stderr = data end,
    on_exit = function(_, code)
      local err_text = table.concat(stderr, "\n")
      local outcome
      if err_text:match("invalid choice: '?review'?") then
        outcome = { kind = "unsupported", message = "postil: this postil has no `review` command yet. "
          .. "Update postil (`pip install -U /path/to/your/postil/clone`) to review staged changes." }
      else
        local ok, decoded = pcall(vim.fn.json_decode, table.concat(stdout, "\n"))
        if not ok or type(decoded) ~= "table" then
          local lines = vim.tbl_filter(function(l) return l ~= "" end, stderr)
          outcome = { kind = "error", message = "postil review failed: " .. (lines[#lines] or ("exit code " .. code)) }
        else
          outcome = { kind = "findings", items = M.quickfix_items(decoded, cwd) }
        end
      end
      if outcome.kind == "findings" then
        vim.fn.setqflist({}, " ", { title = "postil review --staged", items = outcome.items })
        if #outcome.items > 0 then
          -- The list opens; the cursor stays where the user is (this runs whenever the review
          -- ends, e.g. while :checkhealth writes its report into the current buffer).
          local win = vim.api.nvim_get_current_win()
          vim.cmd("copen")
          if vim.api.nvim_win_is_valid(win) then
            vim.api.nvim_set_current_win(win)
          end
        end
        notify(string.format("postil review: %d finding(s) in the quickfix list.", #outcome.items))
      else
        notify(outcome.message, outcome.kind == "unsupported" and vim.log.levels.WARN or vim.log.levels.ERROR)
      end
      if done then
        done(outcome)
      end
    end,
  })
  if job <= 0 then
    notify("postil: could not run " .. table.concat(argv, " "), vim.log.levels.ERROR)
  end
end

--- :PostilFixAll — apply every safe fix in the buffer (server command postil.applyFixes).
function M.fix_all()
  local bufnr = vim.api.nvim_get_current_buf()
  M.execute("Fix all", "postil.applyFixes", { vim.uri_from_bufnr(bufnr) }, function(result)
    if type(result) == "table" and (result.edits or 0) == 0 then
      notify("postil: nothing to fix automatically in this buffer.")
    end
  end, bufnr)
end

--- :PostilCheckWorkspace — check every file of the workspace (postil.checkWorkspace); the
--- results arrive as diagnostics (see them all with :lua vim.diagnostic.setqflist()).
function M.check_workspace()
  M.execute("Check workspace", "postil.checkWorkspace", {}, function(result)
    if type(result) == "table" then
      M.last_check = result
      notify(string.format("postil: checked %s files, %s findings%s", tostring(result.checked),
        tostring(result.findings), result.cancelled and " (cancelled)" or ""))
    end
  end)
end

--- :PostilReindex — rebuild the workspace index now (postil.reindex).
function M.reindex()
  M.execute("Reindex", "postil.reindex", {}, function(result)
    M.last_reindex = result
    notify("postil: reindexing the workspace in the background.")
  end)
end

--- :PostilStatus — what the server runs with (postil.showStatus).
function M.status()
  M.execute("Status", "postil.showStatus", {}, function(result)
    if type(result) ~= "table" then
      return
    end
    local rules = 0
    for _, n in pairs(type(result.rules) == "table" and result.rules or {}) do
      rules = rules + n
    end
    local lines = {
      string.format("postil %s (%s diagnostics)", tostring(result.version), tostring(result.diagnostics)),
      string.format("rules: %d; config: %s", rules,
        (type(result.configFiles) == "table" and #result.configFiles > 0) and table.concat(result.configFiles, ", ") or "defaults"),
      string.format("checks: %s (avg %s ms); rule errors: %d", tostring(result.checks), tostring(result.averageCheckMs),
        type(result.ruleErrors) == "table" and #result.ruleErrors or 0),
    }
    if type(result.llm) == "table" then
      table.insert(lines, "llm: " .. tostring(result.llm.state or result.llm.provider))
    end
    if type(result.index) == "table" then
      table.insert(lines, "index: " .. tostring(result.index.state))
    end
    M.last_status = result
    notify(table.concat(lines, "\n"))
  end)
end

return M
