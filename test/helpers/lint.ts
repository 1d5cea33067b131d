// Lints a snippet as if it were a file of the project, through the project's own ESLint config,
// so that a test of a lint rule fails when a change to the config drops the rule.
import * as path from 'path';

// ESLint 8 ships no types; the two calls used here.
interface Message {
  ruleId: string | null;
  message: string;
}
interface Linter {
  lintText(code: string, o: { filePath: string }): Promise<{ messages: Message[] }[]>;
}
const { loadESLint } = require('eslint') as {
  loadESLint(o: { useFlatConfig: boolean }): Promise<new (o: object) => Linter>;
};

const ROOT = path.resolve(__dirname, '..', '..');

/** The messages of `ruleId` for `code` linted as `file` (a path from the project root). */
export async function lintMessages(code: string, file: string, ruleId: string): Promise<string[]> {
  // eslint.config.js, handed over as an object: jest cannot run ESLint's dynamic import of it.
  const FlatESLint = await loadESLint({ useFlatConfig: true });
  const eslint = new FlatESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: require('../../eslint.config.js'),
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}
