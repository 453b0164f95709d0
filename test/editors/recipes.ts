/**
 * What the editor tests share: the README's recipe block after a marker (read
 * from the README, so the two cannot drift), the environment that puts the
 * checkout's `vcase-language-server` first on the PATH, and what `vcase check`
 * says of samples/diagnostics.vcase as sorted `LINE:COL CODE` lines, which each
 * editor must receive (the file is ASCII: bytes and characters agree).
 */
import { readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { ROOT, runVcase } from "../cli/run-cli";

export function readmeRecipe(marker: string, language: string): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf(`<!-- ${marker}`);
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)\\n```").exec(readme.slice(at));
  if (at < 0 || match === null) throw new Error(`README.md has no ${language} block after the ${marker} marker`);
  return match[1]!;
}

export const WITH_CHECKOUT_SERVER = { ...process.env, PATH: `${join(ROOT, "node_modules", ".bin")}${delimiter}${process.env.PATH}` };

/** `samples/diagnostics.vcase:7:63: warning VC502 …` → `7:63 VC502`, sorted. */
export function diagnosticsTourExpected(): string[] {
  return runVcase(["check", "samples/diagnostics.vcase"])
    .stdout.trim()
    .split("\n")
    .map((line) => /^[^:]+:(\d+):(\d+): \w+ (VC\d+) /.exec(line)!)
    .map(([, l, c, code]) => `${l}:${c} ${code}`)
    .sort();
}
