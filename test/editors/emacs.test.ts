/**
 * Emacs with eglot, a client nobody here wrote: `emacs --batch` loads exactly the
 * README's Emacs setup (the elisp block after the `emacs-recipe` marker), opens
 * samples/diagnostics.vcase, and must show through Flymake the diagnostics that
 * `vcase check` prints: the same lines, columns and codes. Run by
 * `npm run test:emacs` (Debian: emacs-nox, and elpa-eglot before Emacs 29);
 * without emacs it fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../cli/run-cli";
import { diagnosticsTourExpected, readmeRecipe, WITH_CHECKOUT_SERVER } from "./recipes";

const temp = mkdtempSync(join(tmpdir(), "vcase-emacs-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));


/**
 * An interactive start activates the installed packages (eglot from elpa-eglot on
 * Emacs 28) before init.el; --batch does not, so the driver does it first. In batch
 * no command runs, so post-command-hook, where eglot-ensure connects, is run by hand.
 */
const driver = (recipe: string) => `
(package-activate-all)
(load ${JSON.stringify(recipe)})
(find-file "samples/diagnostics.vcase")
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (run-hooks 'post-command-hook)
    (accept-process-output nil 0.1)))
(dolist (d (flymake-diagnostics))
  (princ (format "%d:%d %s\\n"
                 (line-number-at-pos (flymake-diagnostic-beg d))
                 (save-excursion (goto-char (flymake-diagnostic-beg d)) (1+ (current-column)))
                 (flymake-diagnostic-text d))))
(kill-emacs 0)
`;

describe("Emacs with eglot and the README's setup", () => {
  it("shows the diagnostics of samples/diagnostics.vcase that vcase check prints", () => {
    const recipe = join(temp, "vcase.el");
    const script = join(temp, "driver.el");
    writeFileSync(recipe, readmeRecipe("emacs-recipe", "elisp"));
    writeFileSync(script, driver(recipe));
    const run = spawnSync("emacs", ["--batch", "-l", script], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 50_000,
      env: WITH_CHECKOUT_SERVER,
    });
    expect(run.error, "emacs is not installed (apt-get install -y emacs-nox elpa-eglot)").toBeUndefined();
    // `15:7 vcase [VC403]: An age of 134 …` → `15:7 VC403`
    const received = run.stdout
      .trim()
      .split("\n")
      .map((line) => /^(\d+:\d+) .*?\[(VC\d+)\]/.exec(line))
      .map((m) => (m === null ? "unreadable" : `${m[1]} ${m[2]}`))
      .sort();
    const expected = diagnosticsTourExpected();
    expect(expected.length).toBeGreaterThan(20);
    expect(received, run.stderr).toEqual(expected);
  });
});
