// Reads résumé PDFs with OpenResume's parser (loaded from node_modules/open-resume, bundled at
// run time by esbuild) and prints {"<path>": <parsed résumé>, ...} as JSON on stdout.
// Usage: node parse.mjs [--sections] FILE.pdf...
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const appRoot = join(dirname(require.resolve("open-resume/package.json")), "src", "app");
const legacyPdfjs = require.resolve("pdfjs-dist/legacy/build/pdf.js");
const legacyWorker = require.resolve("pdfjs-dist/legacy/build/pdf.worker.js");

// OpenResume imports "lib/..." through its tsconfig's baseUrl and a browser build of pdf.js
// with a webpack worker entry; Node gets pdf.js's legacy build and its worker file instead.
const openResumeImports = {
  name: "open-resume-imports",
  setup(b) {
    b.onResolve({ filter: /^lib\// }, async (args) =>
      b.resolve("./" + args.path, { resolveDir: appRoot, kind: args.kind }),
    );
    b.onResolve({ filter: /^pdfjs-dist$/ }, () => ({ path: legacyPdfjs, external: true }));
    b.onResolve({ filter: /^pdfjs-dist\/build\/pdf\.worker\.entry$/ }, () => ({
      path: "worker-path",
      namespace: "pdfjs-worker",
    }));
    b.onLoad({ filter: /.*/, namespace: "pdfjs-worker" }, () => ({
      contents: `export default ${JSON.stringify(legacyWorker)};`,
      loader: "js",
    }));
  },
};

const entry = `
import { readPdf } from "lib/parse-resume-from-pdf/read-pdf";
import { groupTextItemsIntoLines } from "lib/parse-resume-from-pdf/group-text-items-into-lines";
import { groupLinesIntoSections } from "lib/parse-resume-from-pdf/group-lines-into-sections";
import { extractResumeFromSections } from "lib/parse-resume-from-pdf/extract-resume-from-sections";
export async function parse(data, withSections) {
  // The same four steps as OpenResume's parseResumeFromPdf, keeping the sections for debugging.
  const textItems = await readPdf({ data, verbosity: 0 });
  const lines = groupTextItemsIntoLines(textItems);
  const sections = groupLinesIntoSections(lines);
  const resume = extractResumeFromSections(sections);
  if (!withSections) return resume;
  const text = {};
  for (const [name, sectionLines] of Object.entries(sections)) {
    text[name] = sectionLines.map(
      (line) => line[0].y.toFixed(1) + ": " + line.map((item) => item.text).join(" | "),
    );
  }
  return { resume, sections: text };
}
`;

const args = process.argv.slice(2);
const withSections = args[0] === "--sections";
const files = withSections ? args.slice(1) : args;
const out = mkdtempSync(join(tmpdir(), "openresume-"));
try {
  const bundle = join(out, "parser.cjs");
  await build({
    stdin: { contents: entry, resolveDir: appRoot, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: bundle,
    plugins: [openResumeImports],
    logLevel: "error",
  });
  // pdf.js in Node takes DOMMatrix and Path2D from the "canvas" package, which only drawing
  // needs (package.json leaves it out): reading text never uses them.
  globalThis.DOMMatrix ??= class DOMMatrix {};
  globalThis.Path2D ??= class Path2D {};
  const { parse } = await import(pathToFileURL(bundle).href);
  const results = {};
  for (const file of files) {
    results[file] = await parse(new Uint8Array(readFileSync(file)), withSections);
  }
  process.stdout.write(JSON.stringify(results, null, 1) + "\n");
} finally {
  rmSync(out, { recursive: true, force: true });
}
