// Renders a JSON Resume file with jsonresume-theme-even: node render.mjs in.json out.html
import { readFileSync, writeFileSync } from "node:fs";
import { render } from "jsonresume-theme-even";
const [, , input, output] = process.argv;
writeFileSync(output, render(JSON.parse(readFileSync(input, "utf8"))));
