// Builds the Teams app package (the zip a tenant admin uploads) from manifest/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { checkIcon } from './icons.js';
import { repoRoot } from './repo-root.js';

export const manifestDir = join(repoRoot, 'manifest');
export const defaultOutFile = join(repoRoot, 'dist', 'mtvp-assistent.zip');

/** Files at the root of the zip, as Teams expects them. */
export const packageFiles = ['manifest.json', 'en.json', 'color.png', 'outline.png'] as const;

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOSTNAME = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

// Teams client limits for the command menu; the JSON schema allows more than Teams shows.
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/create-a-bot-commands-menu
export const TEAMS_LIMITS = { commandsPerScope: 10, titleLength: 32, descriptionLength: 128 } as const;

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

export interface PackageOptions {
  /** Microsoft App ID of the Azure Bot (a GUID); becomes the app id and the bot id. */
  botId: string | undefined;
  /** Host name of the App Service the bot runs on; optional, added to validDomains. */
  botDomain?: string | undefined;
  outFile?: string;
}

export interface PackageResult {
  outFile: string;
  manifest: Record<string, unknown>;
}

export function readJsonObject(text: string, what: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PackageError(`${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** Replaces `{{BOT_ID}}` and `{{BOT_DOMAIN}}`; a domain that is not configured is dropped from validDomains. */
export function fillManifest(template: string, botId: string, botDomain: string | undefined): Record<string, unknown> {
  const values: Record<string, string | undefined> = { BOT_ID: botId, BOT_DOMAIN: botDomain };
  const manifest = readJsonObject(template, 'manifest/manifest.json');
  const domains = manifest.validDomains;
  if (Array.isArray(domains) && !botDomain) {
    manifest.validDomains = domains.filter((d) => d !== '{{BOT_DOMAIN}}');
  }
  const filled = JSON.stringify(manifest).replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
  const left = filled.match(PLACEHOLDER);
  if (left) throw new PackageError(`manifest.json still has placeholders without a value: ${[...new Set(left)].join(', ')}`);
  return readJsonObject(filled, 'filled manifest');
}

export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  // validateAgainstSchema is the runtime check of this shape: it loads the schema named by $schema
  // from the copies bundled in @microsoft/app-manifest, so no network is needed.
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
  return [...errors, ...checkTeamsLimits(manifest)];
}

/** The localization schema is draft-04 with patterns the unicode regex mode of ajv rejects. */
export async function validateLocalization(localization: Record<string, unknown>): Promise<string[]> {
  const url = localization.$schema;
  if (typeof url !== 'string') return ['localization file has no $schema'];
  const { $schema: _draft, ...schema } = (await AppManifestUtils.fetchSchema(url)) as unknown as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  if (validate(localization)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

interface CommandList {
  scopes: string[];
  commands: { title: string; description?: string }[];
}

export function commandLists(manifest: Record<string, unknown>): CommandList[] {
  const bots = manifest.bots;
  if (!Array.isArray(bots) || bots.length === 0) return [];
  const lists: unknown = (bots[0] as Record<string, unknown>).commandLists;
  return Array.isArray(lists) ? (lists as CommandList[]) : [];
}

export function checkTeamsLimits(manifest: Record<string, unknown>): string[] {
  const errors: string[] = [];
  commandLists(manifest).forEach((list, i) => {
    if (list.commands.length > TEAMS_LIMITS.commandsPerScope) {
      errors.push(`commandLists[${i}] has ${list.commands.length} commands; Teams shows at most ${TEAMS_LIMITS.commandsPerScope}`);
    }
    list.commands.forEach((c, j) => {
      if (c.title.length > TEAMS_LIMITS.titleLength)
        errors.push(`commandLists[${i}].commands[${j}].title is longer than ${TEAMS_LIMITS.titleLength}`);
      if ((c.description ?? '').length > TEAMS_LIMITS.descriptionLength) {
        errors.push(`commandLists[${i}].commands[${j}].description is longer than ${TEAMS_LIMITS.descriptionLength}`);
      }
    });
  });
  return errors;
}

export async function buildAppPackage(options: PackageOptions): Promise<PackageResult> {
  const botId = options.botId?.trim();
  if (!botId) {
    throw new PackageError(
      'No bot id: set MicrosoftAppId (or BOT_ID) in the environment or in .env to the Microsoft App ID of the Azure Bot.',
    );
  }
  if (!GUID.test(botId)) throw new PackageError(`The bot id "${botId}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
  const botDomain = options.botDomain?.trim() || undefined;
  if (botDomain && !HOSTNAME.test(botDomain)) {
    throw new PackageError(`BOT_DOMAIN "${botDomain}" is not a host name (e.g. mtvp-assistent.azurewebsites.net, no https://).`);
  }

  const manifest = fillManifest(await readFile(join(manifestDir, 'manifest.json'), 'utf8'), botId, botDomain);
  const localization = readJsonObject(await readFile(join(manifestDir, 'en.json'), 'utf8'), 'manifest/en.json');
  const color = await readFile(join(manifestDir, 'color.png'));
  const outline = await readFile(join(manifestDir, 'outline.png'));
  const errors = [
    ...(await validateManifest(manifest)).map((e) => `manifest.json: ${e}`),
    ...(await validateLocalization(localization)).map((e) => `en.json: ${e}`),
    ...checkIcon('color', color),
    ...checkIcon('outline', outline),
  ];
  if (errors.length > 0) throw new PackageError(`The app manifest is invalid:\n  ${errors.join('\n  ')}`);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('en.json', `${JSON.stringify(localization, null, 2)}\n`);
  zip.file('color.png', color);
  zip.file('outline.png', outline);
  const outFile = options.outFile ?? defaultOutFile;
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { outFile, manifest };
}
