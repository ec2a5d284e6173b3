-- Scenarios for test_neovim_no_wait.py, added to driver.lua's (POSTIL_EXTRA_SCENARIOS): a light
-- bulb's storm of cancelled code actions while the server starts, then the quick-fix menu;
-- Explain while keys are typed; Explain against a failing provider.
return function(scenarios, h)
  local postil = require("postil")
  local out = os.getenv("POSTIL_TEST_OUT")
  local bound_ms = 15000 -- how long the quick-fix menu may take before the scenario says it never came

  local function request(client, method, params, handler, bufnr)
    if vim.fn.has("nvim-0.11") == 1 then
      return client:request(method, params, handler, bufnr)
    end
    return client.request(method, params, handler, bufnr)
  end

  local function cancel(client, id)
    if vim.fn.has("nvim-0.11") == 1 then
      return client:cancel_request(id)
    end
    return client.cancel_request(id)
  end

  local function lsp_diagnostics(bufnr, lnum)
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = lnum })) do
      if d.user_data and d.user_data.lsp then
        table.insert(found, d.user_data.lsp)
      end
    end
    return found
  end

  -- What a light bulb does as the cursor crosses lines (VS Code's, nvim-lightbulb): ask for the
  -- code actions at the cursor and cancel the question when the cursor moves on.
  local function storm(bufnr, client, moves, done)
    local line_count = vim.api.nvim_buf_line_count(bufnr)
    local pending, sent, over = nil, 0, false
    h.every(10, function()
      if over then -- (ticks already queued still run once the timer stops)
        return true
      end
      if pending then
        cancel(client, pending)
        pending = nil
      end
      if sent >= moves then
        over = true
        done(sent)
        return true
      end
      local lnum = sent % line_count
      vim.api.nvim_win_set_cursor(0, { lnum + 1, 0 })
      local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) },
                       range = { start = { line = lnum, character = 0 }, ["end"] = { line = lnum, character = 0 } },
                       context = { diagnostics = lsp_diagnostics(bufnr, lnum) } }
      local _, id = request(client, "textDocument/codeAction", params, function() end, bufnr)
      pending = id
      sent = sent + 1
    end)
  end

  -- The quick-fix menu at the first finding (vim.lsp.buf.code_action, answered through
  -- vim.ui.select): its titles and how long it took, or titles = null after `bound_ms`.
  local function quick_fix_menu(bufnr, name, extra)
    local d = h.postil_diagnostics(bufnr)[1]
    vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
    local asked, shown = vim.loop.hrtime(), false
    vim.ui.select = function(items, _, on_choice)
      local titles = {}
      for _, item in ipairs(items) do
        table.insert(titles, (item.action or item[2]).title)
      end
      shown = true
      h.write(name, vim.tbl_extend("force", extra, { titles = titles, ms = (vim.loop.hrtime() - asked) / 1e6 }))
      on_choice(nil, nil)
    end
    vim.lsp.buf.code_action()
    vim.defer_fn(function()
      if not shown then
        h.write(name, vim.tbl_extend("force", extra, { titles = vim.NIL, messages = h.messages }))
      end
    end, bound_ms)
  end

  -- Runs at once, not after the first diagnostics: the storm starts as soon as the client is
  -- attached (the server is still loading its settings); the menu is opened once it is over and
  -- postil's findings are shown.
  if os.getenv("POSTIL_SCENARIO") == "storm" then
    vim.api.nvim_create_autocmd("VimEnter", { once = true, callback = function()
    local bufnr = vim.api.nvim_get_current_buf()
    local stormed, opened = false, false
    h.every(5, function()
      local client = postil.client(bufnr)
      if stormed or not client then
        return stormed
      end
      stormed = true
      storm(bufnr, client, 60, function(sent)
        h.every(20, function()
          if opened or #h.postil_diagnostics(bufnr) == 0 then
            return opened
          end
          opened = true
          quick_fix_menu(bufnr, "storm.json", { cancelled = sent })
          return true
        end)
      end)
      return true
    end)
    end })
  end
  scenarios.storm = function() end -- (started above)

  -- :PostilExplain on the finding; once pytest says the provider holds the question (the file
  -- `typenow`), keys are typed into the buffer; what they made is written, then the explanation.
  function scenarios.explain_typing(bufnr, diagnostics)
    vim.api.nvim_win_set_cursor(0, { diagnostics[1].lnum + 1, diagnostics[1].col })
    vim.cmd("PostilExplain")
    local typing = false
    h.every(20, function()
      if typing or vim.fn.filereadable(out .. "/typenow") ~= 1 then
        return typing
      end
      typing = true
      vim.api.nvim_input("Go" .. os.getenv("POSTIL_TEST_TYPED") .. "<Esc>")
      return true
    end)
    local typed, done = false, false
    h.every(20, function()
      if done then
        return true
      end
      local text = table.concat(h.lines(bufnr), "\n")
      if not typed and text:find(os.getenv("POSTIL_TEST_TYPED"), 1, true) then
        typed = true
        h.write("typed.json", { lines = h.lines(bufnr), explained = postil.last_explain ~= nil })
      end
      local float = postil.last_explain
      if typed and float and vim.api.nvim_buf_is_valid(float.bufnr) then
        h.write("explained.json", { lines = h.lines(float.bufnr), messages = h.messages })
        done = true
        return true
      end
    end)
  end

  -- :PostilExplain against a provider that fails: every message the user got, and :messages.
  function scenarios.explain_fails(bufnr, diagnostics)
    vim.api.nvim_win_set_cursor(0, { diagnostics[1].lnum + 1, diagnostics[1].col })
    local history = vim.fn.execute("messages")
    local seen = #h.messages
    vim.cmd("PostilExplain")
    local done = false
    h.every(50, function()
      if done then
        return true
      end
      local said = {}
      for i = seen + 1, #h.messages do
        table.insert(said, h.messages[i])
      end
      local logged = vim.fn.execute("messages"):sub(#history + 1)
      for _, m in ipairs(said) do
        if m.level == vim.log.levels.ERROR then
          h.write("explain_fails.json", { notified = said, logged = logged })
          done = true
          return true
        end
      end
      if logged:lower():find("fail", 1, true) or logged:find("rror", 1, true) then
        h.write("explain_fails.json", { notified = said, logged = logged })
        done = true
        return true
      end
    end)
  end
end
