/** Snippet syntax read as the plain text a client without snippet support inserts. */
import { describe, expect, test } from "vitest";
import { snippetAsPlainText } from "../../server/src/lsp/features/snippet-text";

describe("snippets as plain text", () => {
  test("placeholders become their default text, tab stops go", () => {
    expect(snippetAsPlainText("pain ${1:before} -> ${2:after}")).toBe("pain before -> after");
    expect(snippetAsPlainText("patient ${1:P3} {\n\tage ${2:age}\n\t$0\n}")).toBe("patient P3 {\n\tage age\n\t\n}");
    expect(snippetAsPlainText("a $1 b ${2} c $0")).toBe("a  b  c ");
  });

  test("a choice becomes its first value", () => {
    expect(snippetAsPlainText("sex ${3|sex,F,M,other,unknown|}")).toBe("sex sex");
    expect(snippetAsPlainText("${1|a\\,b,c|}!")).toBe("a,b!");
  });

  test("nested placeholders and escapes", () => {
    expect(snippetAsPlainText("${1:on ${2:YYYY-MM-DD}} x")).toBe("on YYYY-MM-DD x");
    expect(snippetAsPlainText("note \"costs \\$5 \\} ok\"")).toBe("note \"costs $5 } ok\"");
    expect(snippetAsPlainText("${1:a \\} b}")).toBe("a } b");
  });

  test("text that is not snippet syntax is kept", () => {
    expect(snippetAsPlainText("cement 4 ml $ {")).toBe("cement 4 ml $ {");
    expect(snippetAsPlainText("")).toBe("");
  });
});
