'use strict';
const { ipcMain, BrowserWindow } = require('electron');
const { exec, execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const WORKSPACE = path.join(require('os').homedir(), 'NotesApp');

function register(win) {
  ipcMain.handle('run-script', (_event, script) => {
    // expect: tainted-command
    return new Promise((resolve) => exec(script, (err, stdout) => resolve(err ? String(err) : stdout)));
  });

  ipcMain.handle('open-in-editor', (_event, file) => {
    const full = path.join(WORKSPACE, path.basename(file));
    execFile('code', ['--reuse-window', full]);
  });

  ipcMain.handle('read-note', (_event, name) => {
    // expect: tainted-path
    return fs.promises.readFile(path.join(WORKSPACE, name), 'utf8');
  });

  ipcMain.on('inject', (_event, code) => {
    // expect: tainted-eval
    BrowserWindow.getFocusedWindow()?.webContents.executeJavaScript(code);
  });

  ipcMain.on('zoom', (_event, level) => {
    win.webContents.setZoomLevel(Number(level) || 0);
  });
}

module.exports = { register };
