// Child process of bench/parsers.ts: `opensession parse --profile <p> <file> --out <out>` in-process.
import { processContext } from '../cli/context';
import { runCli } from '../cli/program';

const [profile, file, out] = process.argv.slice(2);
runCli(['parse', '--profile', profile, file, '--out', out], processContext()).then((code) => {
  process.exitCode = code;
});
