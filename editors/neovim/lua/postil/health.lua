-- :checkhealth postil — server found, its version, LLM provider, index state.
local M = {}

local health = vim.health or require("health")
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local err = health.error or health.report_error
local info = health.info or health.report_info

local KEY_VARIABLES = {
  openai = { "OPENAI_API_KEY", "POSTIL_LLM_API_KEY" },
  anthropic = { "ANTHROPIC_API_KEY", "POSTIL_LLM_API_KEY" },
  ["openai-compatible"] = { "OPENAI_API_KEY", "POSTIL_LLM_API_KEY" },
}

local function env_has(name, extra)
  local value = (extra and extra[name]) or vim.env[name]
  return value ~= nil and value ~= ""
end

function M.check()
  local postil = require("postil")
  start("postil")
  if vim.fn.has("nvim-0.7") ~= 1 then
    err("Neovim 0.7 or newer is needed")
    return
  end
  local mode = (vim.lsp.config and vim.fn.has("nvim-0.11") == 1) and "vim.lsp.config/vim.lsp.enable"
    or (vim.lsp.start and "vim.lsp.start") or "vim.lsp.start_client"
  local v = vim.version()
  ok(string.format("Neovim %d.%d.%d: starts the server with %s", v.major, v.minor, v.patch, mode))

  local opts = postil.config
  if not opts then
    warn("require('postil').setup{} has not been called: the server is not started", {
      "Add require('postil').setup{} to your init.lua",
    })
    opts = postil.defaults
    opts = vim.tbl_extend("force", opts, { settings = postil.default_settings })
  end

  local cmd, cli_or_message = postil.resolve(opts)
  if not cmd then
    err(cli_or_message, { "pipx install /path/to/postil (a clone of postil)", "or require('postil').setup{ cmd = { '/path/to/postil', 'serve' } }" })
    return
  end
  ok("server found: " .. table.concat(cmd, " "))

  local version_argv = vim.list_extend(vim.deepcopy(cli_or_message), { "--version" })
  local output = vim.fn.system(version_argv)
  local version = output:match("postil%s+v?(%d+%.%d+[^%s]*)")
  if vim.v.shell_error ~= 0 or not version then
    err("`" .. table.concat(version_argv, " ") .. "` failed: " .. vim.trim(output), {
      "Reinstall postil in that environment: pip install -U /path/to/your/postil/clone",
    })
  else
    ok("postil version " .. version)
  end

  local llm = (opts.settings or {}).llm or {}
  local provider = llm.provider or "off"
  if provider ~= "off" then
    local needed = KEY_VARIABLES[provider]
    local have = false
    for _, name in ipairs(needed or {}) do
      have = have or env_has(name, opts.cmd_env)
    end
    if needed and not have then
      warn(string.format("LLM provider '%s' configured but no API key in the environment", provider), {
        "export " .. needed[1] .. "=... before starting Neovim (keys are never settings)",
      })
    else
      ok(string.format("LLM provider '%s'%s%s", provider, llm.model and (", model " .. llm.model) or "",
        llm.baseUrl and (" at " .. llm.baseUrl) or ""))
    end
  end

  local client = postil.client(vim.api.nvim_get_current_buf())
  if not client then
    local all = vim.lsp.get_clients and vim.lsp.get_clients({ name = "postil" }) or {}
    if not vim.lsp.get_clients then
      for _, c in pairs(vim.lsp.get_active_clients()) do
        if c.name == "postil" then table.insert(all, c) end
      end
    end
    client = all[1]
  end
  if not client then
    info("no postil server running in this session (open a file of a project to start it); "
      .. "LLM review and index state unknown")
    return
  end
  ok(string.format("server running (client id %d, root %s)", client.id, tostring(client.config.root_dir)))
  local response
  if vim.fn.has("nvim-0.11") == 1 then
    response = client:request_sync("workspace/executeCommand", { command = "postil.showStatus", arguments = {} }, 15000)
  else
    response = client.request_sync("workspace/executeCommand", { command = "postil.showStatus", arguments = {} }, 15000)
  end
  local status = response and response.result
  if type(status) ~= "table" then
    warn("the server did not answer postil.showStatus: " .. vim.inspect(response and response.err))
    return
  end
  -- The server's word on the LLM: the provider may come from POSTIL_LLM_PROVIDER, the user
  -- config or a trusted .postil.toml, not only from setup().
  local llm_state = type(status.llm) == "table" and tostring(status.llm.state) or nil
  if llm_state == "off" then
    info("LLM review is off: rules and secrets only (set settings.llm.provider in setup(), "
      .. "POSTIL_LLM_PROVIDER, or [llm] provider in your user config)")
  elseif llm_state == "ready" or llm_state == "reviewing" then
    ok("LLM review: " .. llm_state)
  elseif llm_state then
    warn("LLM review: " .. llm_state .. (status.llm.detail and (": " .. tostring(status.llm.detail)) or ""))
  end
  local errors = type(status.ruleErrors) == "table" and #status.ruleErrors or 0
  if errors > 0 then
    warn(string.format("%d rule error(s): %s", errors, table.concat(status.ruleErrors, "; ")))
  end
  if type(status.index) == "table" then
    local state = tostring(status.index.state)
    local line = "index: " .. state
    if status.index.done and status.index.total then
      line = line .. string.format(" (%s/%s files)", status.index.done, status.index.total)
    end
    if state == "error" then warn(line) else ok(line) end
  else
    info(string.format("index state: not reported by postil %s", tostring(status.version)))
  end
end

return M
