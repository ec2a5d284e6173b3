const { app, BrowserWindow, ipcMain, session, dialog } = require('electron');
const path = require('node:path');
const https = require('node:https');
const { exec, execFile } = require('node:child_process');

let win;

function createWindow() {
  win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
    },
  });
  win.loadFile(path.join(__dirname, 'renderer', 'index.html'));
}

app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  // expect: tls-verify-off
  callback(true);
});

ipcMain.handle('repo:open-in-editor', async (_event, repoPath) => {
  const editor = process.env.EDITOR || 'code';
  // expect: command-injection
  exec(`${editor} "${repoPath}"`);
});

ipcMain.handle('repo:status', async (_event, repoPath) => {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repoPath, 'status', '--porcelain'], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
});

ipcMain.handle('notify', async (_event, message) => {
  // expect: code-injection
  await win.webContents.executeJavaScript(`window.showToast("${message}")`);
});

ipcMain.handle('theme:apply', async () => {
  await win.webContents.executeJavaScript('document.body.classList.add("dark")');
});

function fetchUpdateFeed(feedUrl) {
  return new Promise((resolve, reject) => {
    const req = https.get(feedUrl, {
      // expect: tls-verify-off
      rejectUnauthorized: false,
      timeout: 10000,
    }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
  });
}

ipcMain.handle('updates:check', async () => {
  const feed = await fetchUpdateFeed('https://updates.example.com/feed.json');
  if (feed.version !== app.getVersion()) {
    await dialog.showMessageBox(win, { message: `Version ${feed.version} is available` });
  }
});

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, cb) => cb(permission === 'notifications'));
  createWindow();
});
