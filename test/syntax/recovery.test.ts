/**
 * Error recovery as an author meets it: each typo gives one VC001 at the place it
 * was typed, in words a clinician reads, and everything after it is still read,
 * checked and counted.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const HEADER = 'study "S" {\n  measure pain range 0..10 responder 3\n}\n';

function patient(id: string, body: string): string {
  return `patient ${id} {\n  age 70\n  procedure PV1 vertebroplasty on 2001-01-10 at L1 {\n${body}\n  }\n}\n`;
}

function syntaxErrors(text: string) {
  return analyze(text).diagnostics.filter((d) => d.code === "VC001").map((d) => ({ at: text.slice(d.span.start, d.span.end), message: d.message }));
}

describe("syntax errors", () => {
  it("names what was expected after `->`", () => {
    const text = HEADER + patient("P1", "    pain 9 -> x");
    expect(syntaxErrors(text)).toEqual([
      { at: "x", message: "Expected a score (a number, or `?` if it was not recorded) after `->`, but found `x`." },
    ]);
  });

  it("offers the closest item for a misspelt keyword", () => {
    const text = HEADER + "patient P1 {\n  agee 70\n}\n";
    expect(syntaxErrors(text)).toEqual([
      {
        at: "agee",
        message:
          "`agee` is not a patient item; expected `age`, `sex`, `etiology`, `procedure`, `recurrence`, `complication`, `followup`, `note`, or `}` to close the patient. Did you mean `age`?",
      },
    ]);
  });

  it("reports a note without its text once, and reads on in its block", () => {
    const text = HEADER + patient("P1", "    note 12\n    pain 9 -> 2") + patient("P2", "    pain 8 -> 1");
    expect(syntaxErrors(text)).toEqual([{ at: "12", message: "Expected text in double quotes after `note`, but found `12`." }]);
    const procedures = analyze(text).parsed.file.patients.map((p) => p.procedures[0]!);
    expect(procedures.map((p) => [p.notes.length, p.outcomes.map((o) => o.after?.value)])).toEqual([[0, [2]], [0, [1]]]);
  });

  it("reads a recurrence whose levels are cut short as it reads a complication's: its date, and no level", () => {
    const read = (line: string) => {
      const text = `${HEADER}patient P1 {\n  procedure PV1 vertebroplasty on 2001-01-10 at L1 {\n    pain 9 -> 2\n  }\n  ${line}\n}\n`;
      const patient = analyze(text).parsed.file.patients[0]!;
      const item = [...patient.recurrences, ...patient.complications][0]!;
      return { errors: syntaxErrors(text).map((e) => e.at), date: item.date && text.slice(item.date.start, item.date.end), levels: item.levels.length };
    };
    // `l1` is no level: the list is cut short after T12, and the whole list is explained once.
    const expected = { errors: ["T12, l1"], date: "2001-02-01", levels: 0 };
    expect(read("recurrence on 2001-02-01 at T12, l1")).toEqual(expected);
    expect(read("complication leak on 2001-02-01 at T12, l1")).toEqual(expected);
  });

  it("stretches a patient cut short over a field left without its value, as over a note left without its text", () => {
    const read = (line: string) => {
      const text = `${HEADER}patient P1 {\n  ${line}\npatient P2 {\n}\n`;
      const patient = analyze(text).parsed.file.patients[0]!;
      return { fields: patient.fields.length, notes: patient.notes.length, written: text.slice(patient.start, patient.end) };
    };
    expect(read("age")).toEqual({ fields: 0, notes: 0, written: "patient P1 {\n  age" });
    expect(read("note")).toEqual({ fields: 0, notes: 0, written: "patient P1 {\n  note" });
  });

  it("says plainly when the file ends inside a block", () => {
    const text = HEADER + "patient P1 {\n  age 70\n";
    expect(syntaxErrors(text)).toEqual([{ at: "70", message: "The file ends before the patient is closed; add `}` at its end." }]);
  });

  it("reports a character that belongs nowhere once, at that character", () => {
    const text = HEADER + patient("P1", "    pain 9 -> 2 #");
    expect(syntaxErrors(text)).toEqual([
      { at: "#", message: "`#` is not part of the .vcase language here; remove it, or put it inside double quotes or a comment." },
    ]);
  });

  it("reads `=>` and other arrows from elsewhere as a mistyped `->`, once", () => {
    const arrow = (written: string) =>
      `\`${written}\` is not an arrow in .vcase: write \`->\` (a hyphen and \`>\`), as in \`pain 9 -> 2\`.`;
    for (const written of ["=>", ">", "\u2192", "\u2014>"]) {
      expect(syntaxErrors(HEADER + patient("P1", `    pain 8 ${written} 2`)), written).toEqual([{ at: written, message: arrow(written) }]);
    }
  });

  it("does not call a stray `>` an arrow where no score stands before it", () => {
    const text = HEADER + "patient P1 {\n  age >80\n}\n";
    expect(syntaxErrors(text)).toEqual([
      { at: ">", message: "`>` is not part of the .vcase language here; remove it, or put it inside double quotes or a comment." },
    ]);
  });

  it("reports a stray character once even where the parser then stumbles on the next word", () => {
    const text = HEADER + patient("P1", "    pain 8 ~ 2");
    expect(syntaxErrors(text).map((e) => e.at)).toEqual(["~"]);
  });

  it("reports a string left open once", () => {
    const text = HEADER + 'patient P1 {\n  note "unfinished\n}\n';
    expect(syntaxErrors(text).map((e) => e.at)).toEqual(['"unfinished']);
  });
});

describe("recovery", () => {
  it("gives one VC001 per independent typo and keeps checking after them", () => {
    const text =
      HEADER +
      patient("P1", "    pain 9 -> x") + // typo 1
      patient("P2", "    pain 9 2") + // typo 2: missing arrow
      "patient P3 {\n  sexx F\n" + // typo 3: misspelt keyword
      "  procedure PV1 vertebroplasty on 2001-01-10 at L1 {\n    pain 11 -> 2\n  }\n}\n" + // later VC101
      patient("P4", "    pain 8 -> 1 @"); // typo 4: stray character
    const analysis = analyze(text);
    const codes = analysis.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "VC001")).toHaveLength(4);
    const vc101 = analysis.diagnostics.find((d) => d.code === "VC101");
    expect(vc101 && text.slice(vc101.span.start, vc101.span.end)).toBe("11");
    expect(analysis.model.patients.map((p) => p.id)).toEqual(["P1", "P2", "P3", "P4"]);
  });

  it("still counts the patients around a broken one", () => {
    const good = (id: string) => patient(id, "    pain 9 -> 2");
    const text = HEADER + good("P1") + patient("P2", "    pain 9 -> ") + good("P3");
    const figures = analyze(text).figures;
    expect(figures.patients).toBe(3);
    const pain = figures.measures.get("pain")!;
    expect(pain.initial.n).toBe(2);
  });

  it("reads a block after stray text at the top level", () => {
    const text = HEADER + "some pasted words\n" + patient("P1", "    pain 9 -> 2");
    expect(syntaxErrors(text)).toHaveLength(1);
    expect(analyze(text).model.patients.map((p) => p.id)).toEqual(["P1"]);
  });
});
