import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAppPackage,
  commandLists,
  fillManifest,
  manifestDir,
  packageFiles,
  PackageError,
  readJsonObject,
  TEAMS_LIMITS,
  validateLocalization,
  validateManifest,
} from '../../scripts/lib/app-package.js';
import { checkIcon, offWhitePixels } from '../../scripts/lib/icons.js';

const SAMPLE_ID = '6f1c2b0e-8d4a-4c3e-9b7a-2e5d1f0a9c31';
const COMMANDS_NL = [
  'help',
  'koppel praktijk',
  'kies interventies',
  'welke interventie past',
  'log intervisie',
  'log aantallen',
  'status',
  'plan',
  'beheerders',
];

const read = (name: string) => readFile(join(manifestDir, name));
const template = async () => (await read('manifest.json')).toString('utf8');
const english = async () => readJsonObject((await read('en.json')).toString('utf8'), 'en.json');

let outDir = '';
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mtvp-package-'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('manifest.json', () => {
  it('is valid against the newest bundled Teams schema once the bot id is filled in', async () => {
    const manifest = fillManifest(await template(), SAMPLE_ID, 'mtvp-assistent.azurewebsites.net');
    expect(manifest.manifestVersion).toBe('1.30');
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('is refused by the schema while the placeholder is still there', async () => {
    const raw = readJsonObject(await template(), 'manifest.json');
    const errors = await validateManifest(raw);
    expect(errors.some((e) => e.startsWith('/id '))).toBe(true);
  });

  it('is Dutch by default with English as an additional language', async () => {
    const manifest = fillManifest(await template(), SAMPLE_ID, undefined);
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nl-nl',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }],
    });
    expect(manifest.name).toMatchObject({ short: 'MTVP-assistent' });
    expect(JSON.stringify(manifest.description)).toMatch(/huisartsenpraktijk/);
    expect(manifest.validDomains).toEqual(['token.botframework.com']);
  });

  it('has the bot in personal, team and group chat with the Dutch commands in each scope', async () => {
    const manifest = fillManifest(await template(), SAMPLE_ID, undefined);
    const bots = manifest.bots as Record<string, unknown>[];
    expect(bots[0]).toMatchObject({ botId: SAMPLE_ID, scopes: ['personal', 'team', 'groupChat'], supportsFiles: false });
    const lists = commandLists(manifest);
    expect(lists.map((l) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const [i, list] of lists.entries()) {
      // Picking a practice exists in personal and group chat (a group chat resolves the practice like personal chat);
      // a team belongs to one practice.
      // The RHO summary is for a consultant team's channel; reminders are posted in a practice team's channel. Teams
      // allows ten commands per scope, so the team menu leaves out "plan" (typed, and on the status card).
      const team = [...COMMANDS_NL.filter((c) => c !== 'plan'), 'herinneringen', 'samenvatting'];
      expect(list.commands.map((c) => c.title)).toEqual(i === 1 ? team : [...COMMANDS_NL, 'kies praktijk']);
      expect(list.commands.length).toBeLessThanOrEqual(TEAMS_LIMITS.commandsPerScope);
      for (const c of list.commands) {
        expect(c.title.length).toBeLessThanOrEqual(TEAMS_LIMITS.titleLength);
        expect(c.description?.length ?? 0).toBeGreaterThan(10);
        expect(c.description?.length ?? 0).toBeLessThanOrEqual(TEAMS_LIMITS.descriptionLength);
      }
    }
  });
});

describe('en.json', () => {
  it('is valid against the localization schema', async () => {
    expect(await validateLocalization(await english())).toEqual([]);
  });

  it('translates the name, the descriptions and every command title and description', async () => {
    const en = await english();
    const manifest = fillManifest(await template(), SAMPLE_ID, undefined);
    const expected = ['name.short', 'name.full', 'description.short', 'description.full'];
    commandLists(manifest).forEach((list, i) =>
      list.commands.forEach((_c, j) => {
        expected.push(`bots[0].commandLists[${i}].commands[${j}].title`, `bots[0].commandLists[${i}].commands[${j}].description`);
      }),
    );
    const keys = Object.keys(en).filter((k) => k !== '$schema');
    expect(keys.sort()).toEqual([...expected].sort());
    for (const key of expected) expect(en[key], key).not.toEqual('');
    expect(en['bots[0].commandLists[0].commands[2].title']).toBe('choose interventions');
    for (const key of keys.filter((k) => k.endsWith('.title'))) {
      expect(String(en[key]).length, key).toBeLessThanOrEqual(TEAMS_LIMITS.titleLength);
    }
  });

  it('refuses a key that Teams does not know', async () => {
    const errors = await validateLocalization({ ...(await english()), 'name.nickname': 'x' });
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('icons', () => {
  it('has a 192×192 colour icon and a 32×32 outline icon', async () => {
    const color = PNG.sync.read(await read('color.png'));
    const outline = PNG.sync.read(await read('outline.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(checkIcon('color', await read('color.png'))).toEqual([]);
  });

  it('draws the outline in white on transparent only, and actually draws something', async () => {
    const outline = PNG.sync.read(await read('outline.png'));
    expect(offWhitePixels(outline)).toBe(0);
    let opaque = 0;
    let transparent = 0;
    for (let i = 3; i < outline.data.length; i += 4) {
      if (outline.data[i] === 255) opaque += 1;
      if (outline.data[i] === 0) transparent += 1;
    }
    expect(opaque).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(300);
  });

  it('notices an outline with a coloured pixel', async () => {
    const outline = PNG.sync.read(await read('outline.png'));
    outline.data.set([255, 0, 0, 255], 0);
    expect(checkIcon('outline', PNG.sync.write(outline))).toEqual([expect.stringMatching(/neither white nor fully transparent/)]);
  });
});

describe('npm run package', () => {
  it('writes a zip with the filled manifest, en.json and both icons at the root', async () => {
    const outFile = join(outDir, 'app.zip');
    await buildAppPackage({ botId: SAMPLE_ID, botDomain: 'mtvp-assistent.azurewebsites.net', outFile });
    const zip = await JSZip.loadAsync(await readFile(outFile));
    expect(Object.keys(zip.files).sort()).toEqual([...packageFiles].sort());
    const manifest = readJsonObject(await zip.file('manifest.json')!.async('string'), 'zipped manifest');
    expect(manifest.id).toBe(SAMPLE_ID);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(manifest.validDomains).toEqual(['token.botframework.com', 'mtvp-assistent.azurewebsites.net']);
    expect(await zip.file('outline.png')!.async('nodebuffer')).toEqual(await read('outline.png'));
  });

  it.each([
    ['missing', undefined, /No bot id/],
    ['empty', '  ', /No bot id/],
    ['not a GUID', 'my-bot', /not a GUID/],
  ])('refuses a %s bot id', async (_label, botId, message) => {
    const outFile = join(outDir, `refused-${_label}.zip`);
    const attempt = buildAppPackage({ botId, outFile });
    await expect(attempt).rejects.toBeInstanceOf(PackageError);
    await expect(attempt).rejects.toThrow(message);
    await expect(readFile(outFile)).rejects.toThrow();
  });

  it('refuses a domain with a scheme', async () => {
    await expect(buildAppPackage({ botId: SAMPLE_ID, botDomain: 'https://x.example.org', outFile: join(outDir, 'd.zip') })).rejects.toThrow(
      /not a host name/,
    );
  });
});

describe('scripts/package-app.ts', () => {
  it('exits 1 with a clear message when no bot id is configured', () => {
    const script = fileURLToPath(new URL('../../scripts/package-app.ts', import.meta.url));
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'MicrosoftAppId' && k !== 'BOT_ID'));
    // A temporary cwd so that a developer's .env cannot supply an id.
    const tsx = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
    const run = spawnSync(process.execPath, ['--import', tsx, script], { cwd: outDir, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/No bot id: set MicrosoftAppId/);
    expect(run.stdout).toBe('');
  });
});
