// Generates the inputs list and the outputs table from action.yml between the marker comments of a
// markdown file (default README.md). Inputs are a list, not a table: prettier pads every row of a
// table to its longest description, which tripled the README's size. `--check` exits 1 when the file is out of date (CI runs it).
//   node scripts/generate-usage.mjs [--check] [FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const START = '<!-- inputs:start (generated from action.yml) -->';
const END = '<!-- inputs:end -->';

const args = process.argv.slice(2);
const check = args.includes('--check');
const target = args.find((arg) => !arg.startsWith('--')) ?? 'README.md';

const action = parse(readFileSync('action.yml', 'utf8'));

const cell = (text) =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => `\`${text === '' ? '""' : text}\``;

// Laid out as prettier lays out markdown tables, so `prettier --check` agrees with the output.
function table(header, rows) {
  const widths = header.map((_, i) =>
    Math.max(3, ...[header, ...rows].map((row) => row[i].length)),
  );
  const line = (row) => `| ${row.map((value, i) => value.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

const inputs = Object.entries(action.inputs ?? {}).map(
  ([name, input]) =>
    `- ${code(name)} (default ${code(String(input.default ?? ''))}): ${cell(input.description ?? '')}`,
);
const outputs = Object.entries(action.outputs ?? {}).map(([name, output]) => [
  code(name),
  cell(output.description ?? ''),
]);
const section = [
  START,
  '',
  inputs.join('\n'),
  '',
  table(['Output', 'Description'], outputs),
  '',
  END,
].join('\n');

const text = readFileSync(target, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start === -1 || end < start) {
  console.error(`${target}: add the markers ${START} and ${END} where the tables belong`);
  process.exit(2);
}
const updated = text.slice(0, start) + section + text.slice(end + END.length);
if (check) {
  if (updated !== text) {
    console.error(`${target} is out of date with action.yml: run npm run docs`);
    process.exit(1);
  }
} else if (updated !== text) {
  writeFileSync(target, updated);
  console.log(`updated ${target}`);
}
