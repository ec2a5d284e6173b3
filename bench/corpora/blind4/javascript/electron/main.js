'use strict';
const { app, BrowserWindow, ipcMain, shell } = require('electron');
const path = require('path');

const ALLOWED_EXTERNAL = new Set(['https://docs.example.com', 'https://status.example.com']);

function createMainWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  });
  win.loadFile(path.join(__dirname, 'index.html'));
  return win;
}

function createReportWindow(url) {
  const win = new BrowserWindow({
    width: 900,
    height: 700,
    webPreferences: {
      // expect: electron-node-integration
      nodeIntegration: true,
      // expect: electron-context-isolation-off
      contextIsolation: false,
    },
  });
  win.loadURL(url);
  return win;
}

ipcMain.handle('open-link', async (_event, url) => {
  // expect: electron-open-external-untrusted
  await shell.openExternal(url);
});

ipcMain.handle('open-docs', async (_event, url) => {
  const origin = new URL(url).origin;
  if (ALLOWED_EXTERNAL.has(origin)) await shell.openExternal(url);
});

ipcMain.handle('open-report', async (_event, reportId) => {
  createReportWindow(`https://reports.example.com/r/${encodeURIComponent(reportId)}`);
});

app.whenReady().then(() => {
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
