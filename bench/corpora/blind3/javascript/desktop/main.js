'use strict';

const { app, BrowserWindow, shell, ipcMain } = require('electron');
const path = require('path');

const ALLOWED_EXTERNAL = ['https://acme.example', 'https://docs.acme.example'];

function createMainWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  win.loadFile(path.join(__dirname, 'index.html'));
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (ALLOWED_EXTERNAL.some((prefix) => url.startsWith(prefix))) shell.openExternal(url);
    return { action: 'deny' };
  });
  return win;
}

function createPluginWindow(pluginUrl) {
  const win = new BrowserWindow({
    width: 600,
    height: 400,
    webPreferences: {
      // expect: insecure-setting
      nodeIntegration: true,
      // expect: insecure-setting
      contextIsolation: false,
    },
  });
  win.loadURL(pluginUrl);
  return win;
}

ipcMain.handle('open-link', (_event, url) => {
  // expect: insecure-setting
  return shell.openExternal(url);
});

app.whenReady().then(createMainWindow);
module.exports = { createPluginWindow };
