-- Scenario for test_neovim_config_on_disk.py, added to driver.lua's (POSTIL_EXTRA_SCENARIOS): the
-- project's .postil.toml is changed outside the editor (as `git checkout` would: Neovim on Linux
-- watches no files), then the user types in the Python buffer; the diagnostics must follow the
-- new config without the config being edited or saved in the editor.
return function(scenarios, h)
  local out = os.getenv("POSTIL_TEST_OUT")
  local bound_ms = 15000 -- how long the new config's diagnostics may take before the scenario gives up

  local function codes(bufnr)
    local found = {}
    for _, d in ipairs(h.postil_diagnostics(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      table.insert(found, d.code or lsp.code)
    end
    return found
  end

  function scenarios.config_on_disk(bufnr)
    h.write("before.json", codes(bufnr))
    h.every(50, function() -- wait until pytest has rewritten the config on disk
      if not vim.loop.fs_stat(out .. "/changed") then
        return false
      end
      local count = vim.api.nvim_buf_line_count(bufnr)
      vim.api.nvim_buf_set_lines(bufnr, count, count, false, { "# typed after the checkout" })
      local waited = 0
      h.every(50, function()
        waited = waited + 50
        local now = codes(bufnr)
        if #now == 0 or waited >= bound_ms then
          h.write("after.json", { codes = now, waited_ms = waited })
          return true
        end
      end)
      return true
    end)
  end
end
