// library: electron (BrowserWindow webPreferences)
const path = require('path');
const { BrowserWindow, shell } = require('electron');

const viewerPrefs = {
  // expect: electron-insecure
  nodeIntegration: true,
  // expect: electron-insecure
  contextIsolation: false,
  // expect: electron-insecure
  webSecurity: false,
};

const mainPrefs = {
  preload: path.join(__dirname, 'preload.js'),
  nodeIntegration: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
};

function createViewer(url) {
  const win = new BrowserWindow({ width: 1200, height: 800, webPreferences: viewerPrefs });
  win.loadURL(url);
  return win;
}

function createMainWindow() {
  const win = new BrowserWindow({ width: 1200, height: 800, webPreferences: mainPrefs });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) shell.openExternal(url);
    return { action: 'deny' };
  });
  win.loadFile('index.html');
  return win;
}

module.exports = { createViewer, createMainWindow };
