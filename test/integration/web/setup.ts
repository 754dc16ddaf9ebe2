// Loads Mocha's browser build, which defines the `mocha` global, and gives the suites
// `describe`, `it`, `before`… before any of them is evaluated (the bundle imports this first).
import 'mocha/mocha.js'

mocha.setup({ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false})
