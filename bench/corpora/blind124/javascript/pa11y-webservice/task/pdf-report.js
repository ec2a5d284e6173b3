'use strict';

const { exec, execFile } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

exports.render = async function render(task) {
	const out = `/tmp/pa11y-${task._id}.pdf`;
	// expect: command-injection
	await execAsync(`wkhtmltopdf --javascript-delay ${task.timeout} "${task.url}" ${out}`);
	return { file: out };
};

exports.renderWithChrome = async function renderWithChrome(task) {
	const out = `/tmp/pa11y-${task._id}-chrome.pdf`;
	await execFileAsync('chromium', ['--headless', '--disable-gpu', `--print-to-pdf=${out}`, '--', task.url]);
	return { file: out };
};
