"""The ``workspace/executeCommand`` names: registered by ``app``, offered in code actions
(``code_actions``) and carried out by ``commands`` (``indexing``: reindex)."""

CHECK_WORKSPACE = "postil.checkWorkspace"
APPLY_FIXES = "postil.applyFixes"
SHOW_STATUS = "postil.showStatus"
REINDEX = "postil.reindex"
REVIEW_FILE = "postil.reviewFile"
EXPLAIN = "postil.explain"
FIX_WITH_AI = "postil.fixWithAI"
DISMISS = "postil.dismiss"
ACCEPT_FIX = "postil.acceptFix"
LEARN_RULE = "postil.learnRule"  # "Make this a rule" (postil.server.learn_rule)
