-- Scenarios for test_neovim_restart.py and test_neovim_explain_findings.py, added to driver.lua's
-- (POSTIL_EXTRA_SCENARIOS): a server that dies, setup{} run again, and Explain.
return function(scenarios, h)
  local postil = require("postil")

  local function client_id(bufnr)
    local client = postil.client(bufnr)
    return client and client.id or nil
  end

  -- The first server's id is written; pytest kills the server; once postil's diagnostics have
  -- gone and come back from another client, what was said meanwhile is written.
  function scenarios.restart(bufnr)
    local first = client_id(bufnr)
    h.write("first.json", { client = first })
    local vanished = false
    h.every(50, function()
      local count = #h.postil_diagnostics(bufnr)
      vanished = vanished or count == 0
      local now = client_id(bufnr)
      if vanished and count > 0 and now and now ~= first then
        h.write("restarted.json", { client = now, messages = h.messages })
        return true
      end
    end)
  end

  -- setup{} again with postil's checks turned off: the running server drops its findings.
  function scenarios.setup_again(bufnr)
    local first = client_id(bufnr)
    local again = vim.deepcopy(postil.config)
    again.settings.enable = false
    postil.setup(again)
    h.every(50, function()
      if #h.postil_diagnostics(bufnr) == 0 then
        h.write("setup_again.json", { first = first, now = client_id(bufnr) or vim.NIL })
        return true
      end
    end)
  end

  -- window/showMessage naming a Markdown file: one under another directory's .postil/, then one
  -- under the project's (made by pytest; waited for).
  function scenarios.named_markdown(bufnr)
    local client = postil.client(bufnr)
    local ctx = { client_id = client.id, method = "window/showMessage" }
    local outside, inside = os.getenv("POSTIL_TEST_OUTSIDE_MD"), os.getenv("POSTIL_TEST_INSIDE_MD")
    h.every(50, function()
      if postil.last_explain == false or vim.fn.filereadable(inside) ~= 1 then
        return postil.last_explain == false
      end
      postil.last_explain = nil
      client.handlers["window/showMessage"](nil, { type = 3, message = "postil: explanation in " .. outside }, ctx)
      local outside_shown = postil.last_explain ~= nil
      client.handlers["window/showMessage"](nil, { type = 3, message = "postil: explanation in " .. inside }, ctx)
      h.write("named_markdown.json", { outside_shown = outside_shown,
                                       lines = postil.last_explain and h.lines(postil.last_explain.bufnr) or vim.NIL })
      postil.last_explain = false -- done
      return true
    end)
  end

  local function float_lines()
    local float = postil.last_explain
    if float and vim.api.nvim_buf_is_valid(float.bufnr) and vim.api.nvim_win_is_valid(float.win) then
      return h.lines(float.bufnr)
    end
  end

  local function close_float()
    local float = postil.last_explain
    if float and vim.api.nvim_win_is_valid(float.win) then
      vim.api.nvim_win_close(float.win, true)
    end
    postil.last_explain = nil
  end

  -- Each step {diagnostic, ask}: the cursor goes to the finding, `ask()` asks for an explanation,
  -- and the float it ends with is recorded; then all of them are written to `name`.
  local function explain_in_turn(steps, name)
    local answers = {}
    local function step(i)
      if i > #steps then
        h.write(name, { answers = answers, messages = h.messages })
        return
      end
      local d = steps[i].diagnostic
      close_float()
      vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
      steps[i].ask()
      local done = false -- (ticks already queued still run once the timer stops)
      h.every(50, function()
        local lines = not done and float_lines()
        if lines then
          done = true
          table.insert(answers, { lnum = d.lnum, lines = lines })
          vim.schedule(function() step(i + 1) end)
          return true
        end
      end)
    end
    step(1)
  end

  local function explain_command()
    vim.cmd("PostilExplain")
  end

  -- The "Explain this" code action of the finding under the cursor.
  local function explain_action()
    vim.ui.select = function(items, _, on_choice)
      for i, item in ipairs(items) do
        local action = item.action or item[2]
        if action.title:find("Explain this", 1, true) then
          return on_choice(item, i)
        end
      end
      on_choice(nil, nil)
    end
    vim.lsp.buf.code_action()
  end

  -- :PostilExplain on every finding (sorted by line), once both are shown.
  function scenarios.explain_each(bufnr)
    local started = false
    h.every(50, function()
      local diagnostics = h.postil_diagnostics(bufnr)
      if started or #diagnostics < 2 then
        return started
      end
      started = true
      table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
      explain_in_turn(vim.tbl_map(function(d) return { diagnostic = d, ask = explain_command } end, diagnostics),
        "explain_each.json")
      return true
    end)
  end

  -- The first finding explained by :PostilExplain, then by the "Explain this" code action.
  function scenarios.explain_both_ways(_, diagnostics)
    explain_in_turn({ { diagnostic = diagnostics[1], ask = explain_command },
                      { diagnostic = diagnostics[1], ask = explain_action } }, "explain_both_ways.json")
  end
end
