/**
 * A client nobody here wrote: Debian's headless Neovim runs exactly the README's
 * Neovim recipe (the Lua block after the `neovim-recipe` marker, read from the
 * README so the two cannot drift) on samples/diagnostics.vcase, with the checkout's
 * `vcase-language-server` first on the PATH, and must receive the diagnostics that
 * `vcase check` prints: the same lines, columns and codes. Run by
 * `npm run test:neovim` (CI installs neovim first); without nvim it fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../cli/run-cli";
import { diagnosticsTourExpected, readmeRecipe, WITH_CHECKOUT_SERVER } from "./recipes";

const temp = mkdtempSync(join(tmpdir(), "vcase-nvim-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));


/** Waits (in Neovim's own loop) for the buffer's diagnostics, writes them as `LINE:COL CODE`, and quits. */
const DRIVER = `
local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(lines, string.format("%d:%d %s", d.lnum + 1, d.col + 1, tostring(code)))
end
if not ok then table.insert(lines, "no diagnostics within 30 s") end
vim.fn.writefile(lines, vim.env.VCASE_NVIM_OUT)
vim.cmd("qa!")
`;

describe("Neovim with the README's recipe", () => {
  it("receives the diagnostics of samples/diagnostics.vcase that vcase check prints", () => {
    const init = join(temp, "init.lua");
    const driver = join(temp, "driver.lua");
    const out = join(temp, "diagnostics.txt");
    writeFileSync(init, readmeRecipe("neovim-recipe", "lua"));
    writeFileSync(driver, DRIVER);
    writeFileSync(out, "");
    const version = spawnSync("nvim", ["--version"], { encoding: "utf8" });
    expect(version.error, "nvim is not installed (apt-get install -y neovim)").toBeUndefined();

    const run = spawnSync("nvim", ["--headless", "-u", init, "-i", "NONE", "samples/diagnostics.vcase", "-c", `luafile ${driver}`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 50_000,
      env: { ...WITH_CHECKOUT_SERVER, VCASE_NVIM_OUT: out },
    });
    expect(run.error).toBeUndefined();
    const received = readFileSync(out, "utf8").trim().split("\n").sort();

    const expected = diagnosticsTourExpected();
    expect(expected.length).toBeGreaterThan(20);
    expect(received).toEqual(expected);
  });
});
