// Longest suites first even on a clean clone. jest orders by the durations it cached on the last run here; without
// them (a fresh checkout, CI) it falls back to file size, which starts some of the slowest suites (many git and CLI
// processes in a short file) last, and the run ends with one worker busy and the others idle. This sequencer fills
// the gaps with typical durations (suite-seconds.json: a clean-clone `.ci/run` with 3 workers, halved; only their
// order matters); cached durations still win.
const fs = require('fs');
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const TYPICAL_SECONDS = require('./suite-seconds.json');
const TESTS_DIR = path.resolve(__dirname, '..');

class LongestFirstSequencer extends Sequencer {
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const typical = TYPICAL_SECONDS[path.relative(TESTS_DIR, test.path).split(path.sep).join('/')];
    if (typical !== undefined) return typical * 1000;
    // Not listed (under 6 s in that run): by file size, as jest would, but after every listed suite.
    let size = 0;
    try {
      size = fs.statSync(test.path).size;
    } catch {
      // a file deleted since the test list was made: jest reports it
    }
    return Math.min(2999, size / 10);
  }
}

module.exports = LongestFirstSequencer;
