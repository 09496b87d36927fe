/**
 * Builds the add-on for Apps Script: one file, dist/Code.js, plus the manifest and any HTML.
 * Apps Script only calls functions declared at the top level of a script file; gas-webpack-plugin
 * turns every `global.name = …` assignment in src/addon/main.ts into such a declaration.
 */
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

module.exports = {
  context: __dirname,
  entry: './src/addon/main.ts',
  output: {
    path: path.resolve(__dirname, 'dist'),
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
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019', charset: 'utf8' } }],
  },
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
