'use strict';

var libQ = require('kew');
var exec = require('child_process').exec;
var execFile = require('child_process').execFile;
var net = require('net');

var IFACE_PATTERN = /^(wlan|eth)[0-9]$/;

module.exports = ControllerNetwork;
function ControllerNetwork (context) {
  this.context = context;
  this.commandRouter = context.coreCommand;
  this.logger = context.logger;
}

ControllerNetwork.prototype.pingHost = function (host) {
  var defer = libQ.defer();
  if (net.isIP(host)) {
    execFile('/bin/ping', ['-c', '1', '-W', '2', host], function (err) {
      defer.resolve(!err);
    });
    return defer.promise;
  }
  // expect: command-injection
  exec('/bin/ping -c 1 -W 2 ' + host, { timeout: 5000 }, function (err) {
    defer.resolve(!err);
  });
  return defer.promise;
};

ControllerNetwork.prototype.scanWireless = function (iface) {
  var defer = libQ.defer();
  if (!IFACE_PATTERN.test(iface)) {
    defer.reject(new Error('Invalid interface'));
    return defer.promise;
  }
  execFile('/usr/bin/sudo', ['/sbin/iw', 'dev', iface, 'scan'], { timeout: 15000 }, function (err, stdout) {
    if (err) {
      return defer.reject(err);
    }
    var networks = stdout.split('\n').filter(function (line) {
      return line.indexOf('SSID:') !== -1;
    }).map(function (line) {
      return { ssid: line.replace(/^\s*SSID:\s*/, '') };
    });
    defer.resolve(networks);
  });
  return defer.promise;
};

ControllerNetwork.prototype.restartNetworking = function () {
  var defer = libQ.defer();
  exec('/usr/bin/sudo /bin/systemctl restart networking', function (err) {
    return err ? defer.reject(err) : defer.resolve();
  });
  return defer.promise;
};
