'use strict';

// Main-process IPC handlers for the desktop client.
const { ipcMain, shell, BrowserWindow } = require('electron');
const { exec } = require('child_process');
const fs = require('fs/promises');
const path = require('path');

const DOCS = path.join(process.resourcesPath, 'docs');

ipcMain.handle('open-doc', async (_event, name) => {
  const file = path.join(DOCS, path.basename(name));
  return fs.readFile(file, 'utf8');
});

ipcMain.handle('read-file', async (_event, file) => {
  // expect: path-traversal
  return fs.readFile(file, 'utf8');
});

ipcMain.handle('run-git', async (_event, args) => {
  return new Promise((resolve) => {
    // expect: command-injection
    exec('git ' + args, { cwd: process.cwd() }, (err, stdout) => resolve(stdout));
  });
});

ipcMain.handle('open-external', async (_event, url) => {
  if (!/^https:\/\//.test(url)) return false;
  await shell.openExternal(url);
  return true;
});

ipcMain.on('set-title', (event, title) => {
  const win = BrowserWindow.fromWebContents(event.sender);
  win.webContents.executeJavaScript(`document.title = ${JSON.stringify(String(title))}`);
});

ipcMain.on('inject', (event, snippet) => {
  const win = BrowserWindow.fromWebContents(event.sender);
  // expect: code-injection
  win.webContents.executeJavaScript(snippet);
});
