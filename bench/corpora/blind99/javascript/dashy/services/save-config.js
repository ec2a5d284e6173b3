/* Saves a new config file, and backs up the old one */
const fsPromises = require('fs').promises;
const path = require('path');

const USER_DATA = path.join(__dirname, '..', 'user-data');
const CONFIG_NAME = /^[\w-]{1,64}\.ya?ml$/;

module.exports = async (newConfig, render) => {
  const usersFileName = newConfig.filename;
  const backupName = `config-backup-${Date.now()}.yml`;
  const defaultFile = 'conf.yml';
  const fileName = usersFileName || defaultFile;
  const defaultLocation = path.join(USER_DATA, fileName);

  const saveSucceeded = { success: true, message: 'Config has been written to disk successfully' };
  const saveFailed = (e) => ({ success: false, message: `Failed to save config. ${e}` });

  if (CONFIG_NAME.test(fileName)) {
    await fsPromises.copyFile(path.join(USER_DATA, fileName), path.join(USER_DATA, 'config-backups', backupName)).catch(() => {});
  }

  // expect: path-traversal
  await fsPromises.writeFile(defaultLocation, newConfig.config, { encoding: 'utf8' })
    .then(() => render(JSON.stringify(saveSucceeded)))
    .catch((error) => render(JSON.stringify(saveFailed(error))));
};
