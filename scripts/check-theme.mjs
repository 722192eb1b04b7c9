#!/usr/bin/env node
// Fails when the library's styles hard-code a colour or a physical left/right property.
// Colours must come from Spartacus' CSS variables (var(--cx-color-*)) so themes apply;
// left/right properties must be logical (inline-start/-end) so right-to-left pages work.
//   node scripts/check-theme.mjs [folder...]   (default: projects/documents)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['projects/documents'];

const NAMED_COLOURS = [
  'black', 'white', 'red', 'green', 'blue', 'yellow', 'orange', 'purple', 'pink', 'gray', 'grey',
  'silver', 'maroon', 'navy', 'teal', 'olive', 'lime', 'aqua', 'fuchsia', 'brown', 'gold',
  'darkgray', 'darkgrey', 'lightgray', 'lightgrey', 'whitesmoke', 'gainsboro',
];
const COLOUR_PROPERTY = /(^|[\s;{])((?:background|border(?:-[a-z]+)*|outline|text-decoration|column-rule|caret|accent|fill|stroke|box-shadow|text-shadow|color)(?:-color)?)\s*:\s*([^;}]+)/gi;

const RULES = [
  { name: 'hex colour', pattern: /#[0-9a-f]{3,8}\b(?![-\w])/gi },
  { name: 'colour function', pattern: /\b(?:rgba?|hsla?|hwb|lab|lch|color)\(/gi },
  {
    name: 'physical left/right property (use inline-start/-end)',
    pattern: /(^|[\s;{])(?:margin|padding|border)-(?:left|right)\b|(^|[\s;{])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)\b|float\s*:\s*(?:left|right)\b/gim,
  },
];

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, (c) => ' '.repeat(c.length));
}

function scssFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'schematics') return [];
    return statSync(path).isDirectory() ? scssFiles(path) : /\.(s?css)$/.test(name) ? [path] : [];
  });
}

export function findProblems(text) {
  const code = stripComments(text);
  const problems = [];
  const lineOf = (index) => code.slice(0, index).split('\n').length;
  for (const rule of RULES) {
    for (const match of code.matchAll(rule.pattern)) {
      problems.push({ line: lineOf(match.index), rule: rule.name, text: match[0].trim() });
    }
  }
  for (const match of code.matchAll(COLOUR_PROPERTY)) {
    const value = match[3].replace(/var\([^)]*\)/g, '');
    const named = NAMED_COLOURS.find((colour) => new RegExp(`\\b${colour}\\b`, 'i').test(value));
    if (named) {
      problems.push({ line: lineOf(match.index), rule: 'named colour', text: `${match[2]}: ${named}` });
    }
  }
  return problems;
}

let failures = 0;
let checked = 0;
for (const folder of folders) {
  for (const file of scssFiles(resolve(root, folder))) {
    checked++;
    for (const problem of findProblems(readFileSync(file, 'utf-8'))) {
      failures++;
      console.error(`${relative(root, file)}:${problem.line}: ${problem.rule}: ${problem.text}`);
    }
  }
}
if (checked === 0) {
  console.error('theme check: no style files found');
  process.exit(1);
}
console.log(`theme check: ${checked} style files, ${failures} problems`);
process.exit(failures ? 1 : 0);
