// samples/diagnostics.vcase marks each line that shows a diagnostic with its code
// (`// VC101`). VS Code must hold exactly those codes on exactly those lines, each
// range covering the offending token a user would fix.
const assert = require("assert");
const { open, poll, vcaseDiagnostics, codeOf, closeAll } = require("./helpers");

/** Tokens the spec names for these codes: the range must cover just that text. */
const EXACT = {
  VC101: "11", VC102: "pian", VC103: "?", VC201: "2001-02-30", VC204: "2099-01-01",
  VC301: "T13", VC303: "L1-T11", VC402: "PV9", VC405: "W",
};

describe("diagnostics on samples/diagnostics.vcase", () => {
  let doc, expected, diagnostics;
  before(async () => {
    doc = await open("diagnostics.vcase");
    expected = [];
    doc.getText().split(/\r?\n/).forEach((line, i) => {
      for (const m of line.matchAll(/\/\/.*?\b(VC\d{3})\b/g)) expected.push({ code: m[1], line: i });
    });
    assert.ok(expected.length >= 20, `the sample should mark every code; found ${expected.length} markers`);
    diagnostics = await poll(`${expected.length} diagnostics on diagnostics.vcase`, () => {
      const d = vcaseDiagnostics(doc.uri);
      return d.length >= expected.length && d;
    });
  });
  after(closeAll);

  // A syntax error (VC001) is reported where the parser gave up: the marked line or the next.
  const onLine = (d, e) => codeOf(d) === e.code && (d.range.start.line === e.line || (e.code === "VC001" && d.range.start.line === e.line + 1));
  const where = (d) => `${codeOf(d)} at ${d.range.start.line + 1}:${d.range.start.character + 1} "${doc.getText(d.range)}"`;

  it("has every marked code on its marked line", () => {
    const missing = expected.filter((e) => !diagnostics.some((d) => onLine(d, e)));
    assert.deepStrictEqual(
      missing.map((e) => `${e.code} on line ${e.line + 1}`), [],
      `missing diagnostics; VS Code holds: ${diagnostics.map(where).join("; ")}`,
    );
  });

  it("has nothing on lines that are not marked", () => {
    const extra = diagnostics.filter((d) => !expected.some((e) => onLine(d, e)));
    assert.deepStrictEqual(extra.map(where), []);
  });

  it("covers exactly the offending token", () => {
    for (const [code, text] of Object.entries(EXACT)) {
      const d = diagnostics.find((x) => codeOf(x) === code);
      assert.ok(d, `${code} missing`);
      assert.strictEqual(doc.getText(d.range), text, `range of ${code} (${where(d)})`);
    }
    for (const d of diagnostics) assert.ok(!d.range.isEmpty || codeOf(d) === "VC001", `empty range: ${where(d)}`);
  });

  it("gives each diagnostic a message a clinician can read", () => {
    for (const d of diagnostics) {
      assert.ok(d.message.length > 15 && !/undefined|\[object|NaN/.test(d.message), `message of ${where(d)}: ${d.message}`);
    }
  });
});
