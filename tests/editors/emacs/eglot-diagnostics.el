;;; eglot-diagnostics.el --- Emacs (batch) + eglot receiving postil's diagnostics -*- lexical-binding: t -*-
;; Env: POSTIL_TEST_OUT (dir), POSTIL_TEST_FILE, and POSTIL_TEST_CMD (JSON argv) or
;; POSTIL_TEST_INIT (an init file that configures eglot for postil, e.g. the README's snippet).
;; Writes config.json (the buffer's eglot-workspace-configuration), diagnostics.json (what
;; flymake shows) or error.json, then exits.
;; POSTIL_TEST_CONFIG_ON_DISK: text written to the project's .postil.toml on disk (as git would)
;; after the first diagnostics, with eglot watching no file for the server; then a space is typed
;; in the buffer, and after.json has the diagnostics once they differ from the first (or at the
;; deadline).
(require 'package)
(package-initialize)
(require 'eglot)
(require 'json)

(defvar postil-out (getenv "POSTIL_TEST_OUT"))

(defun postil-write (name value)
  (let ((tmp (expand-file-name (concat name ".tmp") postil-out)))
    (with-temp-file tmp (insert (json-encode value)))
    (rename-file tmp (expand-file-name name postil-out) t)))

(if (getenv "POSTIL_TEST_INIT")
    (load (getenv "POSTIL_TEST_INIT"))
  (let ((cmd (append (json-read-from-string (getenv "POSTIL_TEST_CMD")) nil)))
    (setq eglot-server-programs (list (cons 'python-mode cmd)))))
(when (getenv "POSTIL_TEST_CONFIG_ON_DISK")
  ;; a client without file watching: a registration for workspace/didChangeWatchedFiles is ignored
  (cl-defmethod eglot-register-capability
    (_server (_method (eql workspace/didChangeWatchedFiles)) _id &rest _params)
    nil))

(defun postil-diagnostics ()
  "What flymake shows: line, column, type and text of each diagnostic."
  (vconcat
   (mapcar (lambda (d)
             (save-excursion
               (goto-char (flymake-diagnostic-beg d))
               `((line . ,(line-number-at-pos))
                 (column . ,(current-column))
                 (type . ,(symbol-name (flymake-diagnostic-type d)))
                 (text . ,(flymake-diagnostic-text d)))))
           (flymake-diagnostics))))

(setq eglot-sync-connect 30
      eglot-connect-timeout 60
      flymake-no-changes-timeout nil)

(condition-case err
    (progn
      (find-file (getenv "POSTIL_TEST_FILE"))
      (python-mode)
      (postil-write "config.json" `((workspace . ,(format "%S" eglot-workspace-configuration))))
      (apply #'eglot (eglot--guess-contact))
      (let ((deadline (+ (float-time) 60))
            diags)
        (while (and (null diags) (< (float-time) deadline))
          (accept-process-output nil 0.1)
          ;; Batch Emacs runs no command loop, so flymake's deferred start never fires:
          ;; ask it to collect what eglot received (non-deferred, forced).
          (flymake-start nil t)
          (setq diags (flymake-diagnostics)))
        (postil-write "diagnostics.json" (postil-diagnostics))
        (when (getenv "POSTIL_TEST_CONFIG_ON_DISK")
          (let ((before (postil-diagnostics))
                (deadline (+ (float-time) 60))
                after)
            (write-region (getenv "POSTIL_TEST_CONFIG_ON_DISK") nil
                          (expand-file-name ".postil.toml" (project-root (project-current))))
            (goto-char (point-max))
            (insert " ")  ; the user types: eglot sends the change
            (eglot--signal-textDocument/didChange)
            (setq after before)
            (while (and (equal after before) (< (float-time) deadline))
              (accept-process-output nil 0.1)
              (flymake-start nil t)
              (setq after (postil-diagnostics)))
            (postil-write "after.json" after)))
        (when (getenv "POSTIL_TEST_SHUTDOWN")
          ;; M-x eglot-shutdown: how long until the server process is gone
          (let* ((server (eglot-current-server))
                 (process (jsonrpc--process server))
                 (started nil))
            ;; the server past its start (the first diagnostics can come before it
            ;; answers requests: postil.server.front), indexing in the background
            (jsonrpc-request server :workspace/executeCommand '(:command "postil.showStatus" :arguments []))
            (setq started (float-time))
            (eglot-shutdown server)
            (while (and (process-live-p process) (< (float-time) (+ started 10)))
              (accept-process-output nil 0.01))
            (postil-write "shutdown.json"
                          `((seconds . ,(- (float-time) started))
                            (status . ,(symbol-name (process-status process)))))))))
  (error (postil-write "error.json" `((error . ,(format "%S" err))))))
(kill-emacs 0)
