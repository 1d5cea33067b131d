// One set of transpile options for every place that runs the project's TypeScript without tsc
// (run-ts.js's require hook and the CLI's prebuilt bundle), so both run the same JavaScript.
function transpile(ts, src, fileName) {
  return ts.transpileModule(src, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      sourceMap: false,
    },
  }).outputText;
}

module.exports = { transpile };
