// Hovering the study title shows the cohort as a table with the figures the
// seed paper's abstract publishes (spec §5, §8): they come from the abstract,
// not from our own output.
const assert = require("assert");
const { open, poll, positionOf, hoverText, closeAll } = require("./helpers");

const SEED_FIGURES = [
  [/5\/6/, "5 of 6 patients with ≥ 3 points of pain relief after the repeat"],
  [/\b3\.5\b/, "mean pain 3.5 after the repeat"],
  [/4\/6/, "4 of 6 impaired in mobility before the repeat"],
  [/4\/4/, "all 4 impaired patients improved"],
  [/\b8\s*[–-]\s*167\b/, "recurrent pain 8 to 167 days after the initial procedure"],
];

describe("hover on the study title", () => {
  let doc, text;
  before(async () => {
    doc = await open("repeat-vertebroplasty.vcase");
    const title = positionOf(doc, '"Repeat percutaneous vertebroplasty', { delta: 5 });
    text = await poll("a hover with a table on the study title", async () => {
      const t = await hoverText(doc.uri, title);
      return /\|.*\|/.test(t) && t;
    });
  });
  after(closeAll);

  it("is a Markdown table", () => {
    assert.match(text, /^\s*\|.*\|\s*$/m, `hover text:\n${text}`);
    assert.match(text, /^\s*\|\s*:?-+/m, `no table header rule in:\n${text}`);
  });

  for (const [pattern, meaning] of SEED_FIGURES) {
    it(`shows the seed figure: ${meaning}`, () => {
      assert.match(text, pattern, `the study hover should show ${meaning} (${pattern}); it shows:\n${text}`);
    });
  }

  it("names both measures", () => {
    assert.match(text, /pain/i);
    assert.match(text, /mobility/i);
  });
});
