-- Headless Neovim with the postil plugin from editors/neovim, driven through one scenario
-- ($POSTIL_SCENARIO); results go to JSON files in $POSTIL_TEST_OUT for pytest to poll.
local out = assert(os.getenv("POSTIL_TEST_OUT"))
local scenario = assert(os.getenv("POSTIL_SCENARIO"))
local cmd = vim.fn.json_decode(assert(os.getenv("POSTIL_TEST_CMD")))  -- null: `python` or postil on PATH
local python = os.getenv("POSTIL_TEST_PYTHON")
local review_cmd = os.getenv("POSTIL_REVIEW_CMD")

vim.opt.runtimepath:prepend(assert(os.getenv("POSTIL_PLUGIN")))
vim.o.swapfile = false

local function write(name, value)
  local path = out .. "/" .. name
  local f = assert(io.open(path .. ".tmp", "w"))
  f:write(vim.fn.json_encode(value))
  f:close()
  os.rename(path .. ".tmp", path)  -- pytest never reads a half-written file
end

local messages = {}
vim.notify = function(message, level)
  table.insert(messages, { message = message, level = level })
  write("messages.json", messages)
end

local attached = {}
local function user_handler() end
local function not_ours() return { "not ours" } end

local postil = require("postil")
postil.setup({
  cmd = cmd ~= vim.NIL and cmd or nil,
  python = python,
  review_cmd = review_cmd and vim.fn.json_decode(review_cmd) or nil,
  settings = { run = os.getenv("POSTIL_TEST_RUN") },
  -- what setup() passes through to the LSP client, as any LSP config takes them
  capabilities = { experimental = { postilTest = true } },
  handlers = { ["postil/test"] = user_handler, ["workspace/configuration"] = not_ours },
  on_attach = function(client, bufnr)
    table.insert(attached, { name = client.name, bufnr = bufnr })
  end,
})

-- Pick the preferred code action when Neovim asks (0.7: {client_id, action}; 0.10+: {action=, ctx=}).
vim.ui.select = function(items, _, on_choice)
  local titles, chosen = {}, nil
  for i, item in ipairs(items) do
    local action = item.action or item[2]
    table.insert(titles, action.title)
    if action.isPreferred and not chosen then
      chosen = i
    end
  end
  write("actions.json", titles)
  on_choice(chosen and items[chosen] or nil, chosen)
end

local function every(ms, fn)
  local timer = vim.loop.new_timer()
  timer:start(ms, ms, vim.schedule_wrap(function()
    if fn() then
      timer:stop()
      timer:close()
    end
  end))
end

local function lines(bufnr)
  return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
end

local function postil_diagnostics(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == "postil" then
      table.insert(found, d)
    end
  end
  return found
end

local scenarios = {}

function scenarios.fix(bufnr, diagnostics)
  local seen = {}
  local target
  for _, d in ipairs(diagnostics) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(seen, { code = d.code or lsp.code, source = d.source, lnum = d.lnum, col = d.col })
    if not target and lsp.data and lsp.data.fix then
      target = d
    end
  end
  write("diagnostics.json", seen)
  if not target then
    return
  end
  local before = table.concat(lines(bufnr), "\n")
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  vim.lsp.buf.code_action()  -- the user's path: Neovim asks vim.ui.select, which picks the preferred fix
  every(50, function()
    local now = lines(bufnr)
    if table.concat(now, "\n") ~= before then
      write("buffer.json", now)
      return true
    end
  end)
end

function scenarios.fixall(bufnr)
  vim.cmd("PostilFixAll")
  every(50, function()
    local text = table.concat(lines(bufnr), "\n")
    if not text:find("== None", 1, true) then
      write("buffer.json", lines(bufnr))
      return true
    end
  end)
end

function scenarios.explain(bufnr, diagnostics)
  vim.api.nvim_win_set_cursor(0, { diagnostics[1].lnum + 1, diagnostics[1].col })
  vim.cmd("PostilExplain")
  every(50, function()
    local float = postil.last_explain
    if float and vim.api.nvim_buf_is_valid(float.bufnr) then
      write("explain.json", { lines = lines(float.bufnr), filetype = vim.bo[float.bufnr].filetype,
                              floating = vim.api.nvim_win_get_config(float.win).relative ~= "" })
      return true
    end
    for _, m in ipairs(messages) do
      if m.message:find("Explain", 1, true) then
        write("explain.json", { message = m.message, level = m.level })
        return true
      end
    end
  end)
end

function scenarios.health()
  vim.cmd("checkhealth postil")
  write("health.json", lines(vim.api.nvim_get_current_buf()))
end

function scenarios.review_staged()
  postil.review_staged(function(outcome)
    local qf = {}
    for _, item in ipairs(vim.fn.getqflist()) do
      table.insert(qf, { filename = vim.api.nvim_buf_get_name(item.bufnr), lnum = item.lnum, col = item.col,
                         type = item.type, text = item.text })
    end
    write("review.json", { kind = outcome.kind, message = outcome.message, qf = qf,
                           title = vim.fn.getqflist({ title = 1 }).title })
  end)
end

-- A staged review that ends while Lua waits, as :checkhealth's status request does; then a line
-- written to the current buffer, as :checkhealth writes its report.
function scenarios.review_while_waiting()
  local win = vim.api.nvim_get_current_win()
  local outcome
  postil.review_staged(function(o) outcome = o end)
  vim.wait(30000, function() return outcome ~= nil end, 20)
  local same = vim.api.nvim_get_current_win() == win
  local wrote, problem = pcall(vim.api.nvim_buf_set_lines, 0, 0, 0, false, { "report" })
  write("review_wait.json", { kind = outcome and outcome.kind or vim.NIL, same_window = same, wrote = wrote,
                              error = wrote and vim.NIL or tostring(problem),
                              quickfix_open = vim.fn.getqflist({ winid = 0 }).winid ~= 0 })
end

-- Every way the plugin starts postil, in a project planted with modules that shadow postil's
-- imports: the server (diagnostics arrive), :checkhealth's `--version` probe, and the CLI.
function scenarios.launch(bufnr, diagnostics)
  write("diagnostics.json", #diagnostics)
  scenarios.review_staged()  -- (takes the project directory from the current buffer, before checkhealth's)
  scenarios.health()
end

-- After the project's exrc file ran: what the plugin is configured with.
function scenarios.exrc(bufnr, diagnostics)
  local c = postil.config
  write("config.json", { cmd = c.cmd or vim.NIL, python = c.python or vim.NIL, run = c.settings.run,
                         llm = c.settings.llm, index = c.settings.index, diagnostics = #diagnostics })
end

-- A plugin that merges project-local files into client.settings (neoconf's .neoconf.json) changes
-- the LLM endpoint; the server's workspace/configuration request is answered from setup{} anyway.
function scenarios.configuration(bufnr)
  local client = postil.client(bufnr)
  local settings = client.settings or client.config.settings
  settings.postil.llm.baseUrl = "http://attacker.invalid/v1"
  settings.postil.ignore = { "python" }
  local params = { items = { { section = "postil" } } }
  local ctx = { client_id = client.id, method = "workspace/configuration", bufnr = bufnr }
  local ours = client.handlers["workspace/configuration"](nil, params, ctx)
  local default = vim.lsp.handlers["workspace/configuration"](nil, params, ctx)
  write("configuration.json", { ours = ours, default = default })
end

-- Hover on the finding (ASCII demo file: byte columns are UTF-16 columns).
function scenarios.hover(bufnr, diagnostics)
  local d = diagnostics[1]
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = d.lnum, character = d.col + 1 } }
  vim.lsp.buf_request(bufnr, "textDocument/hover", params, function(err, result)
    write("hover.json", { err = err and err.message or vim.NIL, contents = result and result.contents or vim.NIL })
  end)
end

-- setup()'s capabilities, handlers and on_attach reach the client (postil's own stay).
function scenarios.passthrough(bufnr)
  local client = postil.client(bufnr)
  local caps = client.config.capabilities
  write("passthrough.json", {
    attached = attached,
    experimental = caps.experimental and caps.experimental.postilTest or false,
    kept_defaults = caps.textDocument ~= nil and caps.textDocument.hover ~= nil,
    handler = client.handlers["postil/test"] == user_handler,
    configuration_ours = client.handlers["workspace/configuration"] ~= not_ours,
  })
end

-- :PostilCheckWorkspace, then :PostilReindex; :PostilStatus after them.
function scenarios.commands()
  vim.cmd("PostilCheckWorkspace")
  every(50, function()
    if postil.last_check then
      vim.cmd("PostilReindex")
      return true
    end
  end)
  every(50, function()
    if postil.last_reindex then
      vim.cmd("PostilStatus")
      return true
    end
  end)
  every(50, function()
    if postil.last_status then
      write("commands.json", { check = postil.last_check, reindex = postil.last_reindex, messages = messages })
      return true
    end
  end)
end

-- A buffer loaded but never shown (:badd + bufload): its findings arrive all the same.
function scenarios.hidden()
  local other = vim.fn.bufadd(vim.fn.fnamemodify("other.py", ":p"))
  vim.fn.bufload(other)
  vim.bo[other].filetype = "python"  -- what opening it would set; starts/attaches the client
  every(50, function()
    local found = postil_diagnostics(other)
    if #found > 0 then
      write("hidden.json", { shown = vim.fn.bufwinnr(other) ~= -1, codes = vim.tbl_map(function(d) return d.code end, found) })
      return true
    end
  end)
end

-- The user saves a config change in Neovim (no file watching on Linux): the demo buffer, hidden
-- behind the config buffer and never edited, loses the finding the config now ignores.
function scenarios.reload(bufnr)
  vim.cmd("edit .postil.toml")
  vim.api.nvim_buf_set_lines(0, 0, -1, false, { 'ignore = ["python/correctness/none-equality-comparison"]' })
  vim.cmd("write")
  every(50, function()
    if #postil_diagnostics(bufnr) == 0 then
      write("reload.json", { hidden = vim.fn.bufwinnr(bufnr) == -1 })
      return true
    end
  end)
end

-- run = "onSave": the file is fixed outside any check and saved; the next save's results show
-- without a further edit.
function scenarios.onsave(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, 1, 2, false, { "    if value is None:" })
  vim.cmd("write")
  every(50, function()
    if #postil_diagnostics(bufnr) == 0 then
      write("onsave.json", lines(bufnr))
      return true
    end
  end)
end

-- Scenarios of another test file ($POSTIL_EXTRA_SCENARIOS: a Lua file returning a function that
-- adds them, given the table and the helpers).
local extra = os.getenv("POSTIL_EXTRA_SCENARIOS")
if extra then
  dofile(extra)(scenarios, { write = write, every = every, lines = lines, messages = messages,
                             postil_diagnostics = postil_diagnostics })
end

vim.api.nvim_create_autocmd("VimEnter", { once = true, callback = function()
  local bufnr = vim.api.nvim_get_current_buf()
  if scenario == "review_staged" or scenario == "review_while_waiting" then
    return scenarios[scenario]()
  end
  if scenario == "missing" then
    local messages_then = vim.deepcopy(messages)
    scenarios.health()
    write("missing.json", messages_then)
    return
  end
  local started = false
  local function on_diagnostics()
    if started then return end  -- DiagnosticChanged fires several times
    local diagnostics = postil_diagnostics(bufnr)
    if #diagnostics == 0 then return end
    started = true
    scenarios[scenario](bufnr, diagnostics)
  end
  vim.api.nvim_create_autocmd("DiagnosticChanged", { buffer = bufnr, callback = vim.schedule_wrap(on_diagnostics) })
end })
