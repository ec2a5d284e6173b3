-- Headless Neovim driving `postil serve`: wait for diagnostics, apply the preferred
-- quick fix through textDocument/codeAction, write what happened to $POSTIL_NVIM_OUT.
local out = os.getenv("POSTIL_NVIM_OUT")
local root = os.getenv("POSTIL_NVIM_ROOT")
local cmd = vim.fn.json_decode(os.getenv("POSTIL_NVIM_CMD"))

local function write(name, value)
  local f = assert(io.open(out .. "/" .. name, "w"))
  f:write(vim.fn.json_encode(value))
  f:close()
end

local config = { name = "postil", cmd = cmd, root_dir = root,
                 workspace_folders = { { uri = vim.uri_from_fname(root), name = "root" } } }
local bufnr

local state = "waiting"

local function apply_fix(diagnostic)
  local lsp = (diagnostic.user_data and diagnostic.user_data.lsp) or {}
  -- the demo file is ASCII: byte columns are UTF-16 columns
  local range = { start = { line = diagnostic.lnum, character = diagnostic.col },
                  ["end"] = { line = diagnostic.end_lnum, character = diagnostic.end_col } }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = range,
    context = { diagnostics = { { range = range, message = diagnostic.message, severity = diagnostic.severity,
                                  source = diagnostic.source, code = diagnostic.code or lsp.code,
                                  data = lsp.data } } },
  }
  vim.lsp.buf_request(bufnr, "textDocument/codeAction", params, function(err, actions)
    if err or not actions then
      write("error.json", { err = err and err.message or "no actions" })
      return
    end
    local titles = {}
    local chosen
    for _, action in ipairs(actions) do
      table.insert(titles, action.title)
      if action.isPreferred then chosen = action end
    end
    write("actions.json", titles)
    if not chosen then return end
    vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
    write("buffer.json", vim.api.nvim_buf_get_lines(bufnr, 0, -1, false))
  end)
end

local function on_diagnostics()
    -- fires several times (per namespace, and again after the fix): act once
    if state ~= "waiting" then return end
    local diagnostics = vim.diagnostic.get(bufnr)
    if #diagnostics == 0 then return end
    state = "fixing"
    local seen = {}
    for _, d in ipairs(diagnostics) do
      table.insert(seen, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
                           source = d.source, lnum = d.lnum, col = d.col })
    end
    write("diagnostics.json", seen)
    for _, d in ipairs(diagnostics) do
      local lsp_diag = d.user_data and d.user_data.lsp
      if lsp_diag and lsp_diag.data and lsp_diag.data.fix then
        apply_fix(d)
        return
      end
    end
end

-- Start once the demo file's buffer is loaded (init.lua runs before that).
vim.api.nvim_create_autocmd("VimEnter", { once = true, callback = function()
  bufnr = vim.api.nvim_get_current_buf()
  vim.api.nvim_create_autocmd("DiagnosticChanged", { buffer = bufnr, callback = on_diagnostics })
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
  else
    vim.lsp.buf_attach_client(bufnr, vim.lsp.start_client(config))
  end
end })
