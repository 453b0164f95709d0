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
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runVcase } from "../cli/run-cli";

const temp = mkdtempSync(join(tmpdir(), "vcase-nvim-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The Lua block that follows the marker in README.md. */
function readmeRecipe(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const marker = readme.indexOf("<!-- neovim-recipe");
  const match = /```lua\n([\s\S]*?)\n```/.exec(readme.slice(marker));
  if (marker < 0 || match === null) throw new Error("README.md has no Lua block after the neovim-recipe marker");
  return match[1]!;
}

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
    writeFileSync(init, readmeRecipe());
    writeFileSync(driver, DRIVER);
    writeFileSync(out, "");
    const version = spawnSync("nvim", ["--version"], { encoding: "utf8" });
    expect(version.error, "nvim is not installed (apt-get install -y neovim)").toBeUndefined();

    const run = spawnSync("nvim", ["--headless", "-u", init, "-i", "NONE", "samples/diagnostics.vcase", "-c", `luafile ${driver}`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 50_000,
      env: { ...process.env, PATH: `${join(ROOT, "node_modules", ".bin")}${delimiter}${process.env.PATH}`, VCASE_NVIM_OUT: out },
    });
    expect(run.error).toBeUndefined();
    const received = readFileSync(out, "utf8").trim().split("\n").sort();

    // `samples/diagnostics.vcase:7:63: warning VC502 …` → `7:63 VC502` (the file is ASCII: bytes and characters agree).
    const expected = runVcase(["check", "samples/diagnostics.vcase"])
      .stdout.trim()
      .split("\n")
      .map((line) => /^[^:]+:(\d+):(\d+): \w+ (VC\d+) /.exec(line)!)
      .map(([, l, c, code]) => `${l}:${c} ${code}`)
      .sort();
    expect(expected.length).toBeGreaterThan(20);
    expect(received).toEqual(expected);
  });
});
