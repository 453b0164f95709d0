// Playwright steps on the VS Code workbench, phrased as what a user does: open a
// file with Quick Open, go to a line, hover a word, run a palette command, and
// find the webview (preview or chart) showing some text. Every wait is on
// something visible, with a timeout; no fixed sleeps.
const LONG = 90_000;

/** The rendered editor line holding `text` (Monaco renders spaces as no-break spaces). */
export function visibleLine(page, text) {
  return page.locator(".monaco-editor .view-line").filter({ hasText: text.replace(/ /g, "\u00a0") }).first();
}

/**
 * Focuses the editor of the first group and waits until it has the focus. A key
 * pressed while a webview holds the focus can be lost, so a click on the editor's
 * tab is the fallback.
 */
export async function focusEditor(page) {
  const group = page.locator(".editor-group-container").first();
  const focused = group.locator(".monaco-editor.focused");
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Control+1");
    if (await focused.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return;
    await group.locator(".tab.active").first().click();
    if (await focused.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return;
  }
  throw new Error("the editor of the first group did not take the focus (Ctrl+1, then a click on its tab, 3 times)");
}

export async function openFile(page, name, firstText) {
  await page.locator(".monaco-workbench").waitFor({ timeout: LONG });
  await page.locator(".explorer-folders-view").getByText(name).waitFor({ timeout: LONG });
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row").filter({ hasText: name }).first().waitFor();
  await page.keyboard.press("Enter");
  await visibleLine(page, firstText).waitFor({ timeout: LONG });
}

/** Go to Line/Column (Ctrl+G), 1-based. */
export async function goTo(page, line, column) {
  await focusEditor(page);
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

/** Moves the mouse over `word` on the line holding `lineText` until a hover containing `expect` shows. */
export async function hoverText(page, lineText, word, expect) {
  const line = visibleLine(page, lineText);
  await line.waitFor();
  const box = await line.boundingBox();
  const span = line.locator("span span").filter({ hasText: word }).first();
  const target = (await span.count()) ? await span.boundingBox() : box;
  const visible = page.locator(".monaco-hover:visible");
  const hover = visible.filter({ hasText: expect }).first();
  let shown = [];
  for (let i = 0; i < 6; i++) { // a hover sometimes needs the pointer to move again
    await page.mouse.move(target.x + target.width / 2 + i * 3, target.y + target.height / 2);
    try {
      await hover.waitFor({ timeout: 8_000 });
      return { text: await hover.innerText(), tables: await hover.locator("table").count() };
    } catch {
      shown = await visible.allInnerTexts();
      await page.mouse.move(5, 5);
    }
  }
  throw new Error(`no hover matching ${expect} over "${word}" after 6 tries; the last hover shown: ${shown.length ? shown.join("\n---\n") : "none"}`);
}

/** Moves the mouse into the visible hover and scrolls it until a row matching `pattern` is in view. */
export async function scrollHoverTo(page, pattern) {
  const hover = page.locator(".monaco-hover:visible").first();
  const box = await hover.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const row = hover.locator("tr").filter({ hasText: pattern }).first();
  await row.evaluate((e) => e.scrollIntoView({ block: "center" }));
}

export async function runCommand(page, title) {
  // The .vcase editor must be the active one (the commands show only there); then a click
  // on the command center opens Quick Open even where a webview would keep F1 to itself.
  await focusEditor(page);
  await page.locator(".command-center .command-center-center").first().click();
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: title }).first();
  try {
    await row.waitFor({ timeout: 15_000 });
  } catch {
    const offered = await page.locator(".quick-input-list .monaco-list-row").allInnerTexts();
    throw new Error(`"${title}" is not in the command palette; it offers: ${JSON.stringify(offered)}`);
  }
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

/** Polls every frame (webviews are nested iframes) until one satisfies `probe`. */
async function findFrame(page, what, probe, timeout = LONG) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      try {
        if (await probe(frame)) return frame;
      } catch {}
    }
    await page.waitForTimeout(250); // polling interval between looks at the frames
  }
  throw new Error(`no webview showed ${what} within ${timeout / 1000} s`);
}

export function webviewWithText(page, pattern) {
  return findFrame(page, String(pattern), async (f) => f !== page.mainFrame() && pattern.test(await f.locator("body").innerText({ timeout: 1000 })));
}

export function webviewWithSelector(page, selector) {
  return findFrame(page, selector, async (f) => f !== page.mainFrame() && (await f.locator(selector).count()) > 0);
}
