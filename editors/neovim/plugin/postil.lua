-- postil user commands. The server starts after require("postil").setup{} (see README).
if vim.g.loaded_postil then
  return
end
vim.g.loaded_postil = true

local function command(name, fn, desc)
  vim.api.nvim_create_user_command(name, function()
    require("postil")[fn]()
  end, { desc = desc })
end

command("PostilExplain", "explain", "postil: explain the finding under the cursor")
command("PostilReview", "review", "postil: LLM review of the current file")
command("PostilReviewStaged", "review_staged", "postil: review staged changes into the quickfix list")
command("PostilFixAll", "fix_all", "postil: apply every safe fix in the buffer")
command("PostilCheckWorkspace", "check_workspace", "postil: check every file in the workspace")
command("PostilReindex", "reindex", "postil: rebuild the workspace index now")
command("PostilStatus", "status", "postil: show what the server runs with")
command("PostilRestart", "restart", "postil: restart the server")
