// npm run check [-- --json] [files…]: every check a case must pass, without building the site.
// Prints one line per problem (file:line:column field：message) and exits non-zero on any.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCaseFile } from '../src/lib/content/check-case';
import { compareDiagnostics, formatDiagnostic, type Diagnostic } from '../src/lib/content/diagnostics';
import { duplicateSlugs, InvalidSlugError, slugFromPath } from '../src/lib/content/slug';
import { casesDir } from '../src/build/cases-dir';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false } },
});
const allFiles = globSync(`${casesDir}/**/*.mdx`).sort();
const files = positionals.length > 0 ? positionals : allFiles;

const diagnostics: Diagnostic[] = duplicateSlugs(allFiles);
const caseSlugs = new Set<string>();
for (const file of allFiles) {
  try {
    caseSlugs.add(slugFromPath(file));
  } catch (error) {
    if (!(error instanceof InvalidSlugError)) throw error;
    diagnostics.push({ file, line: 1, column: 1, path: '', message: error.message });
  }
}
for (const file of files) {
  const contents = readFileSync(file, 'utf-8');
  const checked = checkCaseFile(file, contents, {
    caseSlugs,
    fileExists: (path) => existsSync(resolve(dirname(file), path)),
  });
  diagnostics.push(...checked.diagnostics);
}

diagnostics.sort(compareDiagnostics);
if (values.json) {
  console.log(JSON.stringify({ files: files.length, errors: diagnostics }, null, 2));
} else if (diagnostics.length === 0) {
  console.log(`检查通过：${files.length} 个案例文件没有问题。`);
} else {
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  console.error(
    `\n共 ${diagnostics.length} 处错误，涉及 ${new Set(diagnostics.map((d) => d.file)).size} 个文件。`,
  );
}
process.exitCode = diagnostics.length === 0 ? 0 : 1;
