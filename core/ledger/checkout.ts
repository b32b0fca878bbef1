// The daemon's ledger write (git-native.md §5.4, daemon-and-server.md §2.8): the session goes into the ledger of
// the branch checked out at its working directory, linked to that checkout's reflog (else its HEAD).
import type { Session } from '../hail/types';
import { reflogLinks, sessionWindow } from './links';
import { ledgerRef, resolveLedgerBranch } from './refs';
import { addToRepoRegistry } from './registry';
import { findRepoRoot, openRepo, readHead, readRepoFacts } from './repo';
import { storeSession, StoreSessionOptions, StoreSessionResult } from './store';

export interface CheckoutWrite extends StoreSessionResult {
  repoRoot: string;
  branch: string;
}

/**
 * Stores `session` for the checkout containing `cwd`; undefined when `cwd` is not inside a repository.
 * Redaction (and home-path stripping per `options.stripHomePaths`) happens inside `storeSession`.
 */
export async function storeSessionForCheckout(
  session: Session,
  cwd: string,
  options: StoreSessionOptions & { env?: Record<string, string | undefined> } = {},
): Promise<CheckoutWrite | undefined> {
  const root = findRepoRoot(cwd);
  if (root === undefined) return undefined;
  const repo = openRepo(root);
  const head = readHead(repo);
  const branch = resolveLedgerBranch(head.branch, head.head);
  let links = reflogLinks(repo.gitDir, sessionWindow(session));
  if (links.length === 0 && head.head !== undefined) links = [head.head];
  const facts = await readRepoFacts(repo);
  const result = await storeSession(
    repo,
    ledgerRef(branch),
    session,
    links,
    { branch, head: head.head, ...facts },
    options,
  );
  addToRepoRegistry(repo.root, options.env ?? process.env);
  return { ...result, repoRoot: repo.root, branch };
}
