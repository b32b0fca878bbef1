// The planted-secret corpus of amendments-2 A1: one entry per secret kind (`text` is how it is written, `secret`
// the part that must never be seen again, not even 8 characters of it), and look-alikes that must stay byte-equal.

export interface PlantedSecret {
  kind: string;
  text: string;
  secret: string;
}

const ANTHROPIC =
  'sk-ant-api03-' +
  'R7mK2pQ9xV4nL8sT1wY6zB3cD5fG0hJ2kL4mN6pQ8rS0tU2vW4xY6zA8bC0dE2fG4hJ6kL8mN0pQ2rS4tU6vW8xY0zA2bC4dE6fG8h' +
  'AA';

export const SECRET_CORPUS: readonly PlantedSecret[] = [
  {
    kind: 'slack_webhook',
    text: 'https://hooks.slack.com/services/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',
    secret: 'T04ABCD1E/B05FGHIJ2K/q8Zr3mNw5Xy7Lp2Vt9Bc4Hd6',
  },
  {
    kind: 'discord_webhook',
    text: 'https://discord.com/api/webhooks/1187654321098765432/Zx9_Lm2Pq7Rs4Tu6Vw8Xy0Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7',
    secret: '1187654321098765432/Zx9_Lm2Pq7Rs4Tu6Vw8Xy0Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7',
  },
  {
    kind: 'basic_auth',
    text: 'Authorization: Basic ZGVwbG95OkhodW50ZXIyMDI2cGFzcw==',
    secret: 'ZGVwbG95OkhodW50ZXIyMDI2cGFzcw==',
  },
  { kind: 'bearer_header', text: 'Authorization: Bearer tokLiveQmXrNvLpKzWab', secret: 'tokLiveQmXrNvLpKzWab' },
  { kind: 'curl_user', text: 'curl -u deploy:Hx7#mQ2!vR9pLz https://api.example.com/v1', secret: 'Hx7#mQ2!vR9pLz' },
  { kind: 'mysql_p', text: 'mysql -h db.internal -u app -pDq8$wE3nT6yU1i shop', secret: 'Dq8$wE3nT6yU1i' },
  { kind: 'password_option', text: 'pg_dump --password=Pg5^rT8yU2iO4p shop', secret: 'Pg5^rT8yU2iO4p' },
  { kind: 'password_assign', text: 'password=Tr0ub4dor&3xyz', secret: 'Tr0ub4dor&3xyz' },
  { kind: 'token_assign', text: 'token=Zr4#Lk9;Mn2&Pq7wQ', secret: 'Zr4#Lk9;Mn2&Pq7wQ' },
  { kind: 'url_userinfo', text: 'https://alice:Wz3Kp8Qm1Vn6@git.example.com/repo.git', secret: 'Wz3Kp8Qm1Vn6' },
  { kind: 'npm', text: 'npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', secret: 'npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' },
  {
    kind: 'huggingface',
    text: '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',
    secret: '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',
  },
  {
    kind: 'google',
    text: 'AIzaSyD4kR7mQ2xV9nL8sT1wY6zB3cD5fG0hJ2k',
    secret: 'AIzaSyD4kR7mQ2xV9nL8sT1wY6zB3cD5fG0hJ2k',
  },
  { kind: 'stripe_secret', text: 'sk_live_51Hq8mQ2xV9nL8sT1wY6zB3cD', secret: 'sk_live_51Hq8mQ2xV9nL8sT1wY6zB3cD' },
  { kind: 'stripe_restricted', text: 'rk_live_51Hq8mQ2xV9nL8sT1wY6zB3cE', secret: 'rk_live_51Hq8mQ2xV9nL8sT1wY6zB3cE' },
  { kind: 'gitlab', text: 'glpat-Xy7mQ2xV9nL8sT1wY6zB', secret: 'glpat-Xy7mQ2xV9nL8sT1wY6zB' },
  { kind: 'anthropic', text: ANTHROPIC, secret: ANTHROPIC },
  {
    kind: 'github',
    text: 'ghp_R7mK2pQ9xV4nL8sT1wY6zB3cD5fG0hJ2kL4m',
    secret: 'ghp_R7mK2pQ9xV4nL8sT1wY6zB3cD5fG0hJ2kL4m',
  },
  { kind: 'aws', text: 'AKIAZ7QM2XV9NL8ST1WY', secret: 'AKIAZ7QM2XV9NL8ST1WY' },
];

/** Text that looks like a secret but is not one: it must come out byte-equal. */
export const LOOK_ALIKES: readonly string[] = [
  'the password field is required',
  'Authorization: Bearer $GITHUB_TOKEN',
  'password=$DB_PASSWORD',
  'token count: 1523',
  'sk-learn and scikit are the same library',
  'npm_config_cache is set by npm',
  'hf_hub_download(repo_id) fetches a file',
  'git push -u origin main',
  'mysql -u root -P 3306 shop',
  'see https://hooks.slack.com/ for the docs',
  'AIza is the prefix of Google keys',
  'the ghp_ prefix marks a classic token',
];

/** Every substring of `secret` of length `n` (8 by default): none may appear anywhere after redaction. */
export function secretWindows(secret: string, n = 8): string[] {
  const out = new Set<string>();
  for (let i = 0; i + n <= secret.length; i++) out.add(secret.slice(i, i + n));
  return [...out];
}

/** The first 8-character window of any planted secret found in `haystack`, or undefined. */
export function findLeak(haystack: string, corpus: readonly PlantedSecret[] = SECRET_CORPUS): string | undefined {
  for (const s of corpus) for (const w of secretWindows(s.secret)) if (haystack.includes(w)) return `${s.kind}: ${w}`;
  return undefined;
}

/** A first prompt whose secret starts at code point `at` (0-based), so the title rule (77 + `...`) cuts it. */
export function promptWithSecretAt(secret: PlantedSecret, at: number): string {
  const lead = 'Please wire the deploy step; use this credential in the release job config:     '.padEnd(200, ' x');
  const before =
    at === 0
      ? ''
      : Array.from(lead)
          .slice(0, at - 1)
          .join('') + ' ';
  return before + secret.text + ' and then run the tests.';
}
