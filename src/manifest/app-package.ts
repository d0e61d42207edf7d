/**
 * Teams app package: fill in the placeholders of manifest/manifest.json (and its localization files),
 * validate everything offline, and zip it for sideloading.
 *
 * Validation uses `AppManifestUtils.validateAgainstSchema` from `@microsoft/app-manifest` (Ajv) with the schema
 * named by `$schema`, taken from the copies bundled in that package. Left to itself the library silently
 * downloads a schema it does not bundle; we refuse such URLs first, so validation never needs the network.
 * The bundled localization schemas need a small repair before Ajv accepts them: see `repairSchemaPatterns`.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { AppManifestUtils, type AppManifest, type TeamsManifestV1D30 } from '@microsoft/app-manifest';

/** The manifest version in use: the newest Teams schema that `@microsoft/app-manifest` bundles. */
export type KansenwijzerManifest = TeamsManifestV1D30.TeamsManifestV1D30;
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
export type Env = Readonly<Record<string, string | undefined>>;

export const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');
export const DEFAULT_OUT_FILE = path.resolve(__dirname, '..', '..', 'dist', 'appPackage', 'kansenwijzer.zip');

/** Stable app id for local and test packages; production sets TEAMS_APP_ID. */
export const DEFAULT_TEAMS_APP_ID = '5b2d8c1e-7a4f-4e39-9c06-3f1e8a2b6d47';
export const DEFAULT_BOT_ID = '00000000-0000-0000-0000-000000000000';
export const DEFAULT_BOT_DOMAIN = 'localhost';

export const ICON_SIZES = { color: 192, outline: 32 } as const;

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type PlaceholderValues = Readonly<Record<'TEAMS_APP_ID' | 'BOT_ID' | 'BOT_DOMAIN', string>>;

/** Thrown by `buildAppPackage` when the package would be invalid; `errors` lists every problem found. */
export class AppPackageError extends Error {
  constructor(readonly errors: readonly string[]) {
    super(`The Teams app package is invalid:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

/** Values for the placeholders: TEAMS_APP_ID, BOT_ID (the bot's MicrosoftAppId) and BOT_DOMAIN. */
export function placeholderValues(env: Env = process.env): PlaceholderValues {
  const pick = (...values: (string | undefined)[]) => values.map((v) => v?.trim()).find((v) => !!v);
  return {
    TEAMS_APP_ID: pick(env.TEAMS_APP_ID) ?? DEFAULT_TEAMS_APP_ID,
    BOT_ID: pick(env.MicrosoftAppId, env.BOT_ID) ?? DEFAULT_BOT_ID,
    BOT_DOMAIN: hostOnly(pick(env.BOT_DOMAIN) ?? DEFAULT_BOT_DOMAIN),
  };
}

/** `validDomains` wants a bare host: accept "https://abc.ngrok.app/" as well as "abc.ngrok.app". */
function hostOnly(domain: string): string {
  return domain.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#].*$/, '');
}

/** Replaces `${{NAME}}` in every string of a JSON value; unknown names are left as they are. */
export function substitutePlaceholders(
  value: JsonValue,
  values: Readonly<Record<string, string>>,
): JsonValue {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(values, name) ? values[name]! : whole,
    );
  }
  if (Array.isArray(value)) return value.map((v) => substitutePlaceholders(v, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitutePlaceholders(v, values)]));
  }
  return value;
}

/** Every `${{NAME}}` still present, as "path: ${{NAME}}". */
export function findPlaceholders(value: unknown, at = ''): string[] {
  if (typeof value === 'string') {
    return [...value.matchAll(PLACEHOLDER)].map((m) => `${at || '(root)'}: ${m[0]}`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, at ? `${at}.${k}` : k));
  }
  return [];
}

function readJsonObject(file: string): JsonObject {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = JSON.parse(text) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file} does not contain a JSON object`);
  }
  return parsed as JsonObject;
}

function renderJsonFile(file: string, env: Env): JsonObject {
  return substitutePlaceholders(readJsonObject(file), placeholderValues(env)) as JsonObject;
}

/** manifest/manifest.json with its placeholders filled in from `env`. Not validated: see `validateManifest`. */
export function renderManifest(env: Env = process.env, dir: string = MANIFEST_DIR): KansenwijzerManifest {
  return renderJsonFile(path.join(dir, 'manifest.json'), env) as unknown as KansenwijzerManifest;
}

/** A localization file (e.g. "en-us.json") with its placeholders filled in. */
export function renderLocalization(
  file: string,
  env: Env = process.env,
  dir: string = MANIFEST_DIR,
): JsonObject {
  return renderJsonFile(path.join(dir, file), env);
}

const BUNDLED_SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/[^?#]+\.schema\.json)$/i;

/** The bundled copy of a Teams schema URL, or undefined when @microsoft/app-manifest does not ship it. */
export function bundledSchemaFile(schemaUrl: string): string | undefined {
  const match = BUNDLED_SCHEMA_URL.exec(schemaUrl);
  if (!match?.[1]) return undefined;
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest'));
  const file = path.join(packageDir, match[1]);
  return path.relative(packageDir, file).startsWith('..') || !fs.existsSync(file) ? undefined : file;
}

/**
 * Escapes `]` outside a character class. Ajv compiles patterns with the `u` flag, where a lone `]` is a syntax
 * error; without `u` it means a literal `]`, which is what the schema authors meant.
 */
function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      out += inClass ? ch : '\\]';
      inClass = false;
    } else {
      out += ch;
    }
  }
  return out;
}

function compilesWithUnicodeFlag(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function repairPattern(pattern: string): string {
  return compilesWithUnicodeFlag(pattern) ? pattern : escapeLoneBrackets(pattern);
}

/**
 * A copy of a schema whose regular expressions Ajv can compile. Every bundled
 * MicrosoftTeams.Localization.schema.json (v1.8 to v1.30 and devPreview) has two `patternProperties` keys
 * (`activities.activityTypes[...\b]...`) with a lone `]`: unrepaired, `validateAgainstSchema` throws
 * "Invalid regular expression ... Lone quantifier brackets" for any localization file.
 */
export function repairSchemaPatterns(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(repairSchemaPatterns);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]: [string, unknown]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, repairPattern(value)];
      if (key === 'patternProperties' && value !== null && typeof value === 'object') {
        return [
          key,
          Object.fromEntries(
            Object.entries(value).map(([p, sub]: [string, unknown]) => [
              repairPattern(p),
              repairSchemaPatterns(sub),
            ]),
          ),
        ];
      }
      return [key, repairSchemaPatterns(value)];
    }),
  );
}

async function validateAgainstBundledSchema(doc: object, what: string): Promise<string[]> {
  const schemaUrl = (doc as { $schema?: unknown }).$schema;
  if (typeof schemaUrl !== 'string' || schemaUrl === '') {
    return [`${what}: $schema is missing; it must name a Teams schema bundled with @microsoft/app-manifest`];
  }
  if (!bundledSchemaFile(schemaUrl)) {
    return [
      `${what}: $schema ${schemaUrl} is not bundled with @microsoft/app-manifest (validation would need the network)`,
    ];
  }
  let errors: string[];
  try {
    // fetchSchema reads the bundled copy (checked above, so no download); the schema is then passed explicitly.
    const schema = repairSchemaPatterns(await AppManifestUtils.fetchSchema(schemaUrl));
    // The library types the document as a manifest; a localization file is validated the same way.
    errors = await AppManifestUtils.validateAgainstSchema(
      doc as AppManifest,
      schema as Awaited<ReturnType<typeof AppManifestUtils.fetchSchema>>,
    );
  } catch (e) {
    return [
      `${what}: the schema ${schemaUrl} could not be used: ${e instanceof Error ? e.message : String(e)}`,
    ];
  }
  // Its messages are "<instancePath> <message>. Details: {...}", with an empty path at the root.
  return errors.map((e) => `${what}: ${e.startsWith(' ') ? `(root)${e}` : e}`);
}

/** Schema errors plus placeholders left unfilled; an empty list means valid. */
export async function validateManifest(manifest: object): Promise<string[]> {
  const errors = await validateAgainstBundledSchema(manifest, 'manifest.json');
  for (const p of findPlaceholders(manifest)) errors.push(`manifest.json: unfilled placeholder at ${p}`);
  return errors;
}

/** Validates a localization file against its $schema (MicrosoftTeams.Localization.schema.json). */
export async function validateLocalization(
  localization: object,
  file = 'localization file',
): Promise<string[]> {
  const errors = await validateAgainstBundledSchema(localization, file);
  for (const p of findPlaceholders(localization)) errors.push(`${file}: unfilled placeholder at ${p}`);
  return errors;
}

/** Localizable keys of a manifest that a localization file may translate (name, description, bot commands). */
export function localizableKeys(manifest: KansenwijzerManifest): string[] {
  const keys = ['name.short', 'description.short', 'description.full'];
  if (manifest.name.full) keys.push('name.full');
  (manifest.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      list.commands.forEach((command, c) => {
        const prefix = `bots[${b}].commandLists[${l}].commands[${c}]`;
        keys.push(`${prefix}.title`);
        if (command.description !== undefined) keys.push(`${prefix}.description`);
      }),
    ),
  );
  return keys;
}

/** Checks an icon PNG: its size and, for the outline, a transparent background with only white pixels. */
export function checkIcon(kind: keyof typeof ICON_SIZES, data: Buffer, name: string = kind): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(data);
  } catch (e) {
    return [`${name}: not a readable PNG (${e instanceof Error ? e.message : String(e)})`];
  }
  const size = ICON_SIZES[kind];
  const errors: string[] = [];
  if (png.width !== size || png.height !== size) {
    errors.push(`${name}: must be ${size}×${size} pixels, is ${png.width}×${png.height}`);
  }
  if (kind === 'outline') {
    let transparent = 0;
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3]!;
      if (alpha === 0) transparent++;
      else if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) coloured++;
    }
    if (transparent === 0) errors.push(`${name}: needs a transparent background`);
    if (coloured > 0) errors.push(`${name}: ${coloured} visible pixels are not white (#FFFFFF)`);
  }
  return errors;
}

export interface AppPackage {
  outFile: string;
  manifest: KansenwijzerManifest;
  files: string[];
}

/**
 * Renders, validates and zips the app package (manifest.json, its localization files and both icons at the
 * zip root). Throws `AppPackageError` listing every problem, and then writes nothing.
 */
export async function buildAppPackage(
  env: Env = process.env,
  outFile: string = DEFAULT_OUT_FILE,
  dir: string = MANIFEST_DIR,
): Promise<AppPackage> {
  const manifest = renderManifest(env, dir);
  const errors = await validateManifest(manifest);
  const files = new Map<string, Buffer>([
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)],
  ]);

  const manifestKeys = new Set(localizableKeys(manifest));
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    if (!fs.existsSync(path.join(dir, file))) {
      errors.push(`${file}: listed in localizationInfo but missing from ${dir}`);
      continue;
    }
    const localization = renderLocalization(file, env, dir);
    errors.push(...(await validateLocalization(localization, file)));
    for (const key of Object.keys(localization)) {
      if (key !== '$schema' && key !== 'localizationKeys' && !manifestKeys.has(key)) {
        errors.push(`${file}: "${key}" does not match a localizable field of manifest.json`);
      }
    }
    files.set(file, Buffer.from(`${JSON.stringify(localization, null, 2)}\n`));
  }

  for (const kind of ['color', 'outline'] as const) {
    const name = manifest.icons[kind];
    const iconFile = path.join(dir, name);
    if (!fs.existsSync(iconFile)) {
      errors.push(`${name}: icon missing from ${dir}`);
      continue;
    }
    const data = fs.readFileSync(iconFile);
    errors.push(...checkIcon(kind, data, name));
    files.set(name, data);
  }

  if (errors.length > 0) throw new AppPackageError(errors);

  const zip = new AdmZip();
  for (const [name, data] of files) zip.addFile(name, data);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, zip.toBuffer());
  return { outFile, manifest, files: [...files.keys()] };
}
