// CLI entry for hook tests: the shim in the temp HOME runs this through tsx.
import { main } from '../../../../cli/main';

void main();
