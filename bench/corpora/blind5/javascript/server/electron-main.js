const { app, BrowserWindow, shell } = require('electron');
const path = require('path');

const DOC_HOSTS = new Set(['docs.example.com', 'status.example.com']);

function createMain() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    const u = new URL(url);
    if (u.protocol === 'https:' && DOC_HOSTS.has(u.hostname)) shell.openExternal(url);
    return { action: 'deny' };
  });
  return win;
}

function createLegacyReportWindow() {
  return new BrowserWindow({
    webPreferences: {
      // expect: electron-insecure
      nodeIntegration: true,
      // expect: electron-insecure
      contextIsolation: false,
      // expect: electron-insecure
      webSecurity: false,
    },
  });
}

function openLink(url) {
  // expect: electron-insecure
  return shell.openExternal(url);
}

app.whenReady().then(createMain);
module.exports = { createMain, createLegacyReportWindow, openLink };
