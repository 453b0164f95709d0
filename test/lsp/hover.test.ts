/**
 * Hover over the protocol on the seed sample (samples/repeat-vertebroplasty.vcase).
 * Expected figures are the published abstract's (PMID 12427618: 5 of 6
 * responders, mean pain 3.5 after the repeat, mean reduction 6.5, recurrence
 * 8–167 days, 4 of 6 impaired in mobility, all 4 improved, 1.50 and 0.25) or
 * worked out by hand from the sample's dates and scores.
 */
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { HoverRequest, type MarkupContent, type Position } from "vscode-languageserver/node";
import { positionOf, SAMPLE, SAMPLE_URI, serverWithSample } from "./harness";

const URI = SAMPLE_URI;
const server = serverWithSample();

async function hover(position: Position, uri = URI): Promise<string | null> {
  const result = await server().client.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  return result === null ? null : (result.contents as MarkupContent).value;
}

/** The table row whose first cell starts with `label`, as its cells. */
function row(markdown: string, label: string): string[] {
  const line = markdown.split("\n").find((l) => l.startsWith(`| ${label}`));
  if (line === undefined) throw new Error(`no row "${label}" in:\n${markdown}`);
  return line.split(" | ").map((c) => c.replace(/^\| |\s*\|$/g, "").trim());
}

/** The part of a hover from a measure's heading to the next heading. */
function section(markdown: string, label: string): string {
  const start = markdown.indexOf(`**${label}`);
  const next = markdown.indexOf("\n**", start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe("hover on the study", () => {
  it("on the keyword: counts, intervals and every measure's figures, rounded for reading", async () => {
    const md = (await hover(positionOf(SAMPLE, "study ", 2)))!;
    expect(md).toContain("**Repeat percutaneous vertebroplasty at previously treated levels**");
    expect(md).toContain("6 patients · 12 procedures (6 initial, 6 repeat)");
    expect(row(md, "to recurrence")).toEqual(["to recurrence", "6", expect.any(String), "8–167"]);

    const pain = section(md, "Pain (11-point scale)");
    // [label, initial, repeat]
    expect(row(pain, "before → after")[2]).toBe("10.0 ± 0.0 → 3.5 ± 2.3");
    expect(row(pain, "improvement, mean")[2]).toBe("6.5 ± 2.3");
    expect(row(pain, "responders")[2]).toBe("5/6 (83%)");
    // Differences 7, 8, 2, 7, 8, 7: ties, so the normal approximation; V = 21, p by hand = 0.0335.
    expect(row(pain, "Wilcoxon")[2]).toBe("0.0335");

    const mobility = section(md, "Mobility impairment");
    expect(row(mobility, "impaired before")[2]).toBe("4/6 (67%)");
    expect(row(mobility, "improved among impaired")[2]).toBe("4/4 (100%)");
    expect(row(mobility, "among impaired")[2]).toBe("1.50 / 0.25");
    // No responder threshold declared for mobility: no responder row.
    expect(mobility).not.toContain("responders");
  });

  it("on the title as well, with the hover range on the title", async () => {
    const result = await server().client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: positionOf(SAMPLE, '"Repeat percutaneous', 5) });
    expect((result!.contents as MarkupContent).value).toContain("5/6 (83%)");
    const start = positionOf(SAMPLE, '"Repeat percutaneous');
    expect(result!.range!.start).toEqual(start);
  });
});

describe("hover on a measure", () => {
  it("on its declaration shows only that measure", async () => {
    const md = (await hover(positionOf(SAMPLE, "measure pain", 9)))!;
    expect(md).toContain("`pain` · 0–10, lower is better · responder: improvement ≥ 3");
    expect(row(md, "responders")[2]).toBe("5/6 (83%)");
    expect(md).not.toContain("Mobility");
  });

  it("on a use in a procedure shows the same figures", async () => {
    const md = (await hover(positionOf(SAMPLE, "mobility 2 -> 0", 3)))!;
    expect(md).toContain("Mobility impairment (5-point scale)");
    expect(row(md, "among impaired")[2]).toBe("1.50 / 0.25");
  });
});

describe("hover on patients and procedures", () => {
  it("on a patient id shows the timeline with days between events and each measure's scores", async () => {
    const md = (await hover(positionOf(SAMPLE, "patient P1", 9)))!;
    expect(md).toContain("**Patient P1** · 79 years · F · osteoporosis");
    expect(row(md, "1993-11-08")).toEqual(["1993-11-08", "", "PV1 vertebroplasty", "T12, L1", "9 → 2", "3 → 1"]);
    // 8 and 16 days after 1993-11-08.
    expect(row(md, "1993-11-16").slice(0, 4)).toEqual(["1993-11-16", "+8 d", "recurrence", "L1"]);
    expect(row(md, "1993-11-24")).toEqual(["1993-11-24", "+16 d", "PV2 vertebroplasty, repeats PV1", "L1", "10 → 3", "2 → 0"]);
  });

  it("on `repeats X` shows the repeated procedure, its levels and the days since", async () => {
    // P2: PV1 on 1995-03-14 at L2, recurrence 1995-08-28, PV2 on 1995-09-12.
    const md = (await hover(positionOf(SAMPLE, "repeats PV1", 9, 1)))!;
    expect(md).toContain("Repeats **PV1 vertebroplasty** on 1995-03-14 at L2");
    expect(md).toContain("182 days after PV1 · recurrence after 167 days");
  });

  it("on a procedure id shows that procedure", async () => {
    const md = (await hover(positionOf(SAMPLE, "PV2 vertebroplasty on 1993", 1)))!;
    expect(md).toContain("patient P1 · repeat of PV1");
    expect(row(md, "pain")).toEqual(["pain", "10 → 3"]);
  });
});

describe("hover on a level", () => {
  it("lists the patients and procedures that treated it", async () => {
    const md = (await hover(positionOf(SAMPLE, "at L1 repeats", 4)))!;
    expect(md).toContain("**L1** · lumbar · treated in 2 patients, 4 procedures");
    expect(row(md, "P5")).toEqual(["P5", "PV1 vertebroplasty", "2000-01-24", "initial"]);
  });

  it("counts a level inside a range such as T11-T12", async () => {
    const md = (await hover(positionOf(SAMPLE, "T11-T12", 1)))!;
    expect(md).toContain("**T11** · thoracic · treated in 1 patient, 1 procedure");
  });
});

describe("hover on a level in a large file", () => {
  it("lists the first 20 procedures and counts the rest", async () => {
    const patients = Array.from({ length: 25 }, (_, i) => `patient Q${i + 1} {\n  procedure A vp on 2001-01-01 at L3 {\n  }\n}\n`);
    const text = `study "S" {\n  measure pain range 0..10\n}\n${patients.join("")}`;
    server().open("file:///many.vcase", text);
    await server().waitForDiagnostics("file:///many.vcase");
    const md = (await hover(positionOf(text, "L3", 1), "file:///many.vcase"))!;
    expect(md).toContain("treated in 25 patients, 25 procedures");
    expect(md).toContain("| Q20 |");
    expect(md).not.toContain("| Q21 |");
    expect(md).toContain("… and 5 more procedures.");
  });
});

describe("hover on file text with URLs and ~~", () => {
  it("shows it as text: markdown-it with linkify renders no link and no strikethrough", async () => {
    const text = `study "Series ~~old~~ https://evil.example" {\n  measure pain "Pain, see www.evil.example" range 0..10\n}\npatient P1 {\n  etiology "fall; https://evil.example/x"\n  procedure A vp on 2001-01-01 at L3 { pain 8 -> 2 }\n}\n`;
    server().open("file:///links.vcase", text);
    await server().waitForDiagnostics("file:///links.vcase");
    const markdownIt = new MarkdownIt({ linkify: true });
    for (const [needle, shown] of [
      ["study ", "Series ~~old~~ https://evil.example"],
      ["P1 {", "fall; https://evil.example/x"],
      ["pain 8", "Pain, see www.evil.example"],
    ] as const) {
      const markdown = await hover(positionOf(text, needle, 1), "file:///links.vcase");
      expect(markdown, needle).not.toBeNull();
      const html = markdownIt.render(markdown!);
      expect(html, needle).not.toMatch(/<(a|s|del)\b/);
      expect(html.replace(/<[^>]*>/g, "")).toContain(shown);
    }
  });
});

describe("hover where there is nothing to show", () => {
  it("returns null on whitespace and punctuation", async () => {
    expect(await hover({ line: 10, character: 0 })).toBeNull();
    expect(await hover(positionOf(SAMPLE, "-> 2", 0))).toBeNull();
  });

  it("explains an undeclared measure and an unreal level", async () => {
    const text = 'study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  procedure A vp on 2001-01-01 at T13 {\n    painn 3 -> 1\n  }\n}\n';
    server().open("file:///typos.vcase", text);
    await server().waitForDiagnostics("file:///typos.vcase");
    expect(await hover(positionOf(text, "painn", 2), "file:///typos.vcase")).toContain("is not declared in the study header");
    expect(await hover(positionOf(text, "T13", 1), "file:///typos.vcase")).toContain("is not a vertebral level");
  });

  it("on a keyword: the item's whole form, what it is for, and an example", async () => {
    const measure = await hover(positionOf(SAMPLE, "measure pain", 2));
    expect(measure).toBe(
      [
        "```vcase",
        'measure NAME ["LABEL"] range MIN..MAX [better lower|higher] [responder N]',
        "```",
        "An outcome measure: name, label, range MIN..MAX, better lower|higher, responder N",
        "",
        "Example:",
        "```vcase",
        'measure pain "Pain (11-point scale)" range 0..10 better lower responder 3',
        "```",
      ].join("\n"),
    );
    const cement = await hover(positionOf(SAMPLE, "procedure PV1", 1));
    expect(cement).toContain("procedure ID KIND on DATE at LEVELS [repeats ID] { … }");
    expect(await hover(positionOf(SAMPLE, " on ", 2))).toContain("The date: YYYY-MM-DD, or day N");
  });
});
