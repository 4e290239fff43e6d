import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export const JAVA_INSTALL_HINT =
  '找不到 Java：W3C Nu HTML 检查器（vnu.jar）需要它。请安装（Debian/Ubuntu：apt-get install default-jre-headless）';

export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  /** `warning` for warnings; `fatal` for an error the checker could not get past. */
  subType?: string;
  message: string;
  /** The file, as a file: URL. */
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  extract?: string;
}

export interface NuFinding {
  /** Path of the file inside the checked folder. */
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
  extract: string | undefined;
}

export interface NuReport {
  errors: NuFinding[];
  warnings: NuFinding[];
  /** Notes that are neither (e.g. ARIA role tokens after the first that browsers ignore). */
  infos: number;
}

/** The W3C Nu HTML checker over every HTML file in `dir`, in one Java process. */
export async function checkHtmlFiles(dir: string): Promise<NuReport> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--skip-non-html', '--format', 'json', dir]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(JAVA_INSTALL_HINT) : error),
    );
    // Exit code 1 means "errors found"; they are in the JSON report on stderr.
    child.on('close', () => resolve(stderr));
  });
  let messages: NuMessage[];
  try {
    ({ messages } = JSON.parse(output) as { messages: NuMessage[] });
  } catch {
    throw new Error(`vnu.jar did not write a JSON report:\n${output}`);
  }
  const finding = (message: NuMessage): NuFinding => ({
    file: message.url ? relative(dir, fileURLToPath(message.url)) : '',
    line: message.lastLine,
    column: message.lastColumn,
    message: message.message,
    extract: message.extract,
  });
  // Two notes about the Content-Security-Policy that do not hold in a browser: checking files from disk,
  // the checker resolves 'self' against file: URLs and reports every site-relative script and stylesheet
  // as blocked; and it counts the JSON-LD data block as an inline script, which a browser never runs.
  // The policy itself is verified where it applies, in Chromium over HTTP (tests/browser/security.test.ts).
  messages = messages.filter(
    (message) =>
      !message.message.startsWith('Resource violates Content Security Policy') &&
      !(
        message.message.startsWith('Inline script violates Content Security Policy') &&
        (message.extract ?? '').includes('application/ld+json')
      ),
  );
  return {
    errors: messages.filter((message) => message.type !== 'info').map(finding),
    warnings: messages.filter((message) => message.subType === 'warning').map(finding),
    infos: messages.filter((message) => message.type === 'info' && message.subType !== 'warning').length,
  };
}
