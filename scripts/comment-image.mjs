// docs/comment.png: a picture of the example comment (docs/comment-example.md, a golden file the
// report tests keep in step with the renderer) as GitHub shows it: markdown-it with GitHub's
// flavour (tables, raw <details>/<sub>), github-markdown-css, in headless Chromium.
// Needs Debian's chromium and an emoji font (apt-get install -y chromium fonts-noto-color-emoji);
// nothing is fetched from the network.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const source = 'docs/comment-example.md';
const output = 'docs/comment.png';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The README shows the picture on its first screen; a larger file only slows every clone.
const MAX_BYTES = 300 * 1024;

if (!existsSync(executablePath)) {
  console.error(`${executablePath} is missing: apt-get install -y chromium, or set CHROMIUM`);
  process.exit(2);
}

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
const body = markdown.render(readFileSync(source, 'utf8'));
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

// A comment box like GitHub's conversation view: author line on a grey header, body below.
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; padding: 16px; background: #fff; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { width: 880px; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; }
.header b { color: #1f2328; }
.badge { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 4px; }
.markdown-body { padding: 16px; font-size: 14px; }
.markdown-body pre, .markdown-body pre code { white-space: pre-wrap !important; word-break: break-all; }
</style></head><body><div class="comment"><div class="header"><b>github-actions</b>
<span class="badge">bot</span> commented</div><article class="markdown-body">${body}</article></div></body></html>`;

const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 912, height: 800 } });
  const tab = await context.newPage();
  // The page is self-contained; anything it would fetch (links are never followed) is refused.
  await tab.route('**/*', (route) => route.abort());
  await tab.setContent(page, { waitUntil: 'load' });
  await tab.locator('.comment').screenshot({ path: output });
} finally {
  await browser.close();
}
const size = statSync(output).size;
console.log(`${output}: ${size} bytes`);
if (size > MAX_BYTES) {
  console.error(`${output} is larger than ${MAX_BYTES} bytes`);
  process.exit(1);
}
