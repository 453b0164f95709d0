// Rewrites the keyword patterns of syntaxes/vcase.tmLanguage.json from the language
// description (server/src/core/language/grammar.ts). Run after changing the
// description: node scripts/generate-grammar.mjs (test/language/textmate.test.ts
// fails while the committed file is stale).
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const file = "syntaxes/vcase.tmLanguage.json";
const scratch = mkdtempSync(join(tmpdir(), "vcase-tm-"));
try {
  const out = join(scratch, "textmate.mjs");
  await build({ entryPoints: ["server/src/core/language/textmate.ts"], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "warning" });
  const { withDerivedKeywords } = await import(pathToFileURL(out).href);
  writeFileSync(file, withDerivedKeywords(readFileSync(file, "utf8")));
  console.log(`wrote ${file}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
