/**
 * Builds the add-on for Apps Script: dist/Code.js, plus the manifest and the HTML of dialogs and sidebars.
 * Apps Script only calls functions declared at the top level of a script file; gas-webpack-plugin
 * turns every `global.name = …` assignment in src/addon/main.ts into such a declaration.
 *
 * A second build makes the sidebars' browser code: each sidebar's TypeScript is bundled for the browser
 * and inlined into its HTML page, because `HtmlService.createHtmlOutputFromFile` serves one file and a
 * sidebar cannot load a local script (clasp would push a .js file as server code, too).
 */
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const dist = path.resolve(__dirname, 'dist');
const esbuild = { test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019', charset: 'utf8' } };

/** Sidebars made of a page and a script: `src/ui/<name>/page.html` + `src/ui/<name>/client.ts` → `dist/<name>.html`. */
const SIDEBARS = ['pairs-sidebar'];

const addon = {
  name: 'addon',
  context: __dirname,
  entry: './src/addon/main.ts',
  output: {
    path: dist,
    filename: 'Code.js',
    clean: true,
    // One chunk, no loading runtime: Apps Script concatenates files into one global scope.
    chunkFormat: false,
    chunkLoading: false,
  },
  // Apps Script V8 is neither a browser nor Node: no chunk loading, no eval-based source maps.
  target: ['es2019'],
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [esbuild] },
  // Readable output keeps Apps Script's stack traces and the editor's function list meaningful.
  optimization: { minimize: false },
  plugins: [
    new GasPlugin({ comment: false }),
    new CopyPlugin({
      patterns: [
        { from: 'appsscript.json', to: '.' },
        { from: 'src/ui/*.html', to: '[name][ext]', noErrorOnMissing: true },
      ],
    }),
  ],
  performance: { hints: false },
};

/**
 * Puts each sidebar's bundled script into its page in place of `<!-- client script -->` and emits only
 * the page. `</script` and `<!--` inside the code are escaped so the HTML parser cannot end the element
 * early; `<?` would start an HtmlService scriptlet when the page is served as a template (§9.4), so a
 * bundle containing it fails the build instead of failing in Google.
 */
class InlineSidebarScripts {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlineSidebarScripts', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlineSidebarScripts', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const name of SIDEBARS) {
            const script = `${name}.client.js`;
            const asset = compilation.getAsset(script);
            if (!asset) continue;
            const pagePath = path.resolve(__dirname, 'src/ui', name, 'page.html');
            compilation.fileDependencies.add(pagePath);
            const page = require('fs').readFileSync(pagePath, 'utf8');
            const code = asset.source
              .source()
              .toString()
              .replace(/<\/script/gi, '<\\/script')
              .replace(/<!--/g, '<\\!--');
            if (code.includes('<?'))
              compilation.errors.push(new WebpackError(`${script} contains «<?», an HtmlService scriptlet opener`));
            const marker = '<!-- client script -->';
            if (!page.includes(marker))
              compilation.errors.push(new WebpackError(`${pagePath} has no ${marker} marker`));
            compilation.emitAsset(
              `${name}.html`,
              new sources.RawSource(page.replace(marker, () => `<script>\n${code}\n</script>`)),
            );
            compilation.deleteAsset(script);
          }
        },
      );
    });
  }
}

const sidebars = {
  name: 'sidebars',
  // After the add-on build, whose `clean` would otherwise delete the pages this build writes.
  dependencies: ['addon'],
  context: __dirname,
  entry: Object.fromEntries(SIDEBARS.map((name) => [name, `./src/ui/${name}/client.ts`])),
  output: { path: dist, filename: '[name].client.js', clean: false, iife: true },
  // The browser of whoever opens the sidebar: Chrome, Firefox, Edge or Safari of recent years.
  target: ['web', 'es2019'],
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [esbuild] },
  optimization: { minimize: true },
  plugins: [new InlineSidebarScripts()],
  performance: { hints: false },
};

module.exports = [addon, sidebars];
