;;; eglot-explain-typing.el --- a terminal Emacs + eglot where the user asks postil to explain a finding -*- lexical-binding: t -*-
;; Run as `emacs -nw -q --no-splash -l THIS FILE` on a pty that pytest types into.
;; Env: POSTIL_TEST_OUT (dir), POSTIL_TEST_CMD (JSON argv of the server).
;; C-t runs the "Explain this" code action of the finding at point, as a user picks it from
;; `eglot-code-actions' (eglot 1.9 sends workspace/executeCommand with a synchronous
;; `jsonrpc-request'). Written to POSTIL_TEST_OUT: ready.json (point is on the first finding),
;; state.json (buffer text, *Messages*, how long each C-t command took) whenever it changes.
;; The file `quit' there ends Emacs (and the server with it).
(require 'package)
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defvar postil-out (getenv "POSTIL_TEST_OUT"))

(defun postil-write (name value)
  (let ((tmp (expand-file-name (concat name ".tmp") postil-out)))
    (with-temp-file tmp (insert (json-encode value)))
    (rename-file tmp (expand-file-name name postil-out) t)))

(setq eglot-server-programs
      (list (cons 'python-mode (append (json-read-from-string (getenv "POSTIL_TEST_CMD")) nil))))
(setq eglot-sync-connect 30
      eglot-connect-timeout 60)

(defvar postil-commands nil "Seconds each C-t command took, newest first.")

(defun postil-explain-here ()
  "The \"Explain this\" code action of the finding at point, picked from eglot's menu."
  (interactive)
  (let ((started (float-time)))
    (unwind-protect
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt items &rest _)
                     (or (cl-find-if (lambda (title) (string-match-p "Explain this" title)) (mapcar #'car items))
                         (error "No \"Explain this\" action among %S" (mapcar #'car items))))))
          (eglot-code-actions (point) nil nil t))
      (push (- (float-time) started) postil-commands))))

(global-set-key (kbd "C-t") #'postil-explain-here)

(defvar postil-source nil "The buffer of the file under test.")
(defvar postil-last-state nil)

(defun postil-tick ()
  (when (file-exists-p (expand-file-name "quit" postil-out))
    (kill-emacs 0))
  (when (and postil-source (buffer-live-p postil-source))
    (with-current-buffer postil-source
      (let ((diags (flymake-diagnostics)))
        (when (and diags (not (file-exists-p (expand-file-name "ready.json" postil-out))))
          (goto-char (flymake-diagnostic-beg (car diags)))
          (set-window-point (get-buffer-window postil-source) (point))
          (postil-write "ready.json" `((line . ,(line-number-at-pos)))))))
    (let ((state `((text . ,(with-current-buffer postil-source (buffer-string)))
                   (messages . ,(with-current-buffer "*Messages*" (buffer-string)))
                   (commands . ,(vconcat (reverse postil-commands))))))
      (unless (equal state postil-last-state)
        (setq postil-last-state state)
        (postil-write "state.json" state)))))

(add-hook 'emacs-startup-hook
          (lambda ()
            (setq postil-source (current-buffer))
            (python-mode)
            (apply #'eglot (eglot--guess-contact))
            (run-with-timer 0.1 0.1 #'postil-tick)))
