// Entry of the extension-host tests (VS Code loads it as `extensionTestsPath`),
// the same file for both launchers: test/e2e/run.mjs (VS Code server from
// code-server, driven by Chromium) and test/e2e/electron-launcher.mjs
// (@vscode/test-electron, on machines that can download VS Code).
// Mocha runs inside the extension host; each line of its report also goes to
// $VCASE_E2E_LOG when set, because a browser-hosted workbench has no terminal.
const fs = require("fs");
const path = require("path");
const util = require("util");
const Mocha = require("mocha");

const FILES = ["activation", "diagnostics", "hover", "editing", "commands", "v2"];

exports.run = function run() {
  const log = process.env.VCASE_E2E_LOG;
  if (log) {
    const print = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args) => {
      fs.appendFileSync(log, util.format(...args) + "\n");
      print(...args);
    };
  }
  const mocha = new Mocha({ ui: "bdd", timeout: 60000, color: false, reporter: "spec" });
  const grep = process.env.VCASE_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of FILES) mocha.addFile(path.join(__dirname, `${f}.test.js`));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
};
