const { exec, execFile } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

exports.throttleStart = async function ({ up, down, rtt, packetLoss }) {
	const uplink = up || 100000;
	const downlink = down || 100000;
	const delay = rtt || 0;
	const loss = packetLoss || 0;
	// expect: command-injection
	await execAsync(`sudo throttle --up ${uplink} --down ${downlink} --rtt ${delay} --packetLoss ${loss}`);
};

exports.throttleStartChecked = async function ({ up, down, rtt, packetLoss }) {
	const args = ['throttle', '--up', String(Number(up) || 100000), '--down', String(Number(down) || 100000), '--rtt', String(Number(rtt) || 0), '--packetLoss', String(Number(packetLoss) || 0)];
	await execFileAsync('sudo', args);
};

exports.throttleStop = async function () {
	await execFileAsync('sudo', ['throttle', '--stop']);
};
