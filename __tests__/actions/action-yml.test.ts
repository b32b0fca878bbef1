// Every action.yml passes @action-validator/cli and follows the composite conventions: each input mapped to an
// OPENSESSION_* env var, every step has `shell:`, no `${{ inputs.* }}` in script text, names from the constants module.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import {
  ARTIFACT_BRANCH_INPUTS,
  ARTIFACT_BRANCH_OUTPUTS,
  envNameOf,
  JANITOR_INPUTS,
  JANITOR_OUTPUTS,
  SESSION_REVIEW_INPUTS,
  SESSION_REVIEW_OUTPUTS,
} from '../../cli/ci/constants';
import { makeTempDir } from '../support/git';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VALIDATOR = path.join(ROOT, 'node_modules', '.bin', 'action-validator');

function actionFiles(): string[] {
  const files = [path.join(ROOT, 'action.yml')];
  for (const d of fs.readdirSync(path.join(ROOT, 'actions'))) {
    const f = path.join(ROOT, 'actions', d, 'action.yml');
    if (fs.existsSync(f)) files.push(f);
  }
  return files;
}

function validate(file: string): { code: number; out: string } {
  const r = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value?: string }>;
  runs: { using: string; main?: string; steps?: Array<{ shell?: string; run?: string; env?: Record<string, string> }> };
}

const load = (rel: string): ActionYaml => parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as ActionYaml;

describe('action.yml files', () => {
  it.each(actionFiles().map((f) => [path.relative(ROOT, f)]))('%s passes action-validator', (rel) => {
    const r = validate(path.join(ROOT, rel));
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('the validator rejects a broken file (sanity check)', () => {
    const bad = path.join(makeTempDir('os-av-'), 'action.yml');
    fs.writeFileSync(bad, 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n');
    expect(validate(bad).code).not.toBe(0);
  });

  const ours: Array<[string, Record<string, string>, Record<string, string>, string]> = [
    ['action.yml', SESSION_REVIEW_INPUTS, SESSION_REVIEW_OUTPUTS, 'ci session-review'],
    ['actions/session-review/action.yml', SESSION_REVIEW_INPUTS, SESSION_REVIEW_OUTPUTS, 'ci session-review'],
    ['actions/artifact-branch/action.yml', ARTIFACT_BRANCH_INPUTS, ARTIFACT_BRANCH_OUTPUTS, 'ci artifact-branch'],
    ['actions/janitor/action.yml', JANITOR_INPUTS, JANITOR_OUTPUTS, 'ci janitor'],
  ];

  it.each(ours)('%s maps every input explicitly and calls the shared bundle', (rel, inputs, outputs, command) => {
    const a = load(rel);
    expect(Object.keys(a.inputs).sort()).toEqual(Object.values(inputs).sort());
    expect(Object.keys(a.outputs).sort()).toEqual(Object.values(outputs).sort());
    expect(a.runs.using).toBe('composite');
    const steps = a.runs.steps ?? [];
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toMatch(/\$\{\{/);
    }
    const step = steps[0];
    for (const name of Object.keys(a.inputs)) {
      expect(step.env?.[envNameOf(name)]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(step.env?.OPENSESSION_ACTION_PATH).toBe('${{ github.action_path }}');
    expect(step.run).toMatch(
      new RegExp(
        `^node "\\$OPENSESSION_ACTION_PATH/(\\.\\./\\.\\./)?bin/opensession\\.js" ${command} --platform github$`,
      ),
    );
    for (const [name, o] of Object.entries(a.outputs)) expect(o.value).toBe(`\${{ steps.run.outputs.${name} }}`);
    // The relative bundle path resolves inside this repository.
    const target = step.run!.match(/"\$OPENSESSION_ACTION_PATH\/([^"]+)"/)![1];
    expect(fs.existsSync(path.join(ROOT, path.dirname(rel), target))).toBe(true);
  });

  it('the root action and actions/session-review expose identical inputs and outputs', () => {
    const root = load('action.yml');
    const sub = load('actions/session-review/action.yml');
    expect(sub.inputs).toEqual(root.inputs);
    expect(sub.outputs).toEqual(root.outputs);
    expect(root.inputs.token.default).toBe('${{ github.token }}');
  });

  it('actions/session-review/action.yml is the root action.yml byte for byte, but for the bundle path (A13)', () => {
    const root = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const sub = fs.readFileSync(path.join(ROOT, 'actions/session-review/action.yml'), 'utf8');
    const expected = root.replace(
      '"$OPENSESSION_ACTION_PATH/bin/opensession.js"',
      '"$OPENSESSION_ACTION_PATH/../../bin/opensession.js"',
    );
    expect(expected).not.toBe(root);
    expect(sub).toBe(expected);
  });
});
