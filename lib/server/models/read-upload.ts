import 'server-only';
import { unzipSync } from 'fflate';
import { MAX_MODEL_BYTES, type ModelRefusal } from '../../models/upload';

// The first look at an upload: which of the accepted forms it is (a GLB, or a .gltf with its
// files as one .zip, or a lone .gltf with everything embedded), refused early when it is too
// big, truncated, not glTF 2.0, or points at files outside the upload.

/** An upload read far enough to validate and load it. */
export type ModelSource =
  | { format: 'glb'; bytes: Uint8Array }
  | { format: 'gltf'; bytes: Uint8Array; json: GltfJson; resources: Map<string, Uint8Array> };

type GltfJson = {
  asset?: { version?: unknown };
  buffers?: Array<{ uri?: unknown }>;
  images?: Array<{ uri?: unknown }>;
};

const MB = 1024 * 1024;
const refuse = (error: string, status: ModelRefusal['status'] = 422): ModelRefusal => ({
  ok: false,
  status,
  error,
});

export const TOO_LARGE = refuse(
  `The model is larger than ${MAX_MODEL_BYTES / MB} MB. Reduce its triangles or textures and export it again.`,
  413,
);
const NOT_A_MODEL = refuse(
  'This is not a glTF model: upload a .glb file, or a .gltf with its files as one .zip.',
  415,
);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

function readGlbHeader(bytes: Uint8Array): ModelRefusal | null {
  if (bytes.byteLength < 12)
    return refuse('The GLB file is truncated: it ends inside its header. Export it again.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== 2)
    return refuse(
      `This is a glTF ${version}.0 file: Onekind reads glTF 2.0. Export it again as glTF 2.0 (.glb).`,
    );
  const declared = view.getUint32(8, true);
  if (declared > bytes.byteLength)
    return refuse(
      `The GLB file is truncated: its header says ${declared} bytes, but only ${bytes.byteLength} arrived. Upload it again or export it again.`,
    );
  return null;
}

function parseJson(bytes: Uint8Array): GltfJson | ModelRefusal {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('The .gltf file is not valid JSON: it may be truncated. Export it again.');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return NOT_A_MODEL;
  const version = (json as GltfJson).asset?.version;
  if (typeof version !== 'string' || !version.startsWith('2.'))
    return refuse(
      `This is not a glTF 2.0 file (its asset.version is ${JSON.stringify(version ?? null)}). Export it again as glTF 2.0.`,
    );
  return json;
}

/** A URI of a .gltf as a path inside the zip, or null when it points outside it. */
function pathInZip(base: string, uri: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/') || uri.startsWith('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    return null;
  }
  const parts: string[] = base ? base.split('/') : [];
  for (const part of decoded.split('/')) {
    if (part === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function externalUris(json: GltfJson): string[] {
  return [...(json.buffers ?? []), ...(json.images ?? [])]
    .map((item) => item.uri)
    .filter((uri): uri is string => typeof uri === 'string' && !uri.startsWith('data:'));
}

function outsideProblem(uris: string[], where: string): ModelRefusal {
  const list = uris.map((u) => `"${u}"`).join(', ');
  return refuse(
    `The model uses files that are not ${where}: ${list}. Upload a .glb, or put the .gltf and every file it uses in one .zip.`,
  );
}

function readZip(bytes: Uint8Array): ModelSource | ModelRefusal {
  let files: Record<string, Uint8Array>;
  let total = 0;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_MODEL_BYTES) tooLarge = true;
        return !tooLarge && !file.name.endsWith('/') && !file.name.startsWith('__MACOSX/');
      },
    });
  } catch {
    return refuse('The .zip file could not be read: it is damaged or incomplete. Make it again.');
  }
  if (tooLarge) return TOO_LARGE;
  const gltfs = Object.keys(files).filter((name) => name.toLowerCase().endsWith('.gltf'));
  if (gltfs.length !== 1)
    return refuse(
      gltfs.length === 0
        ? 'The .zip has no .gltf file in it. Put the .gltf and the files it uses in one .zip.'
        : `The .zip holds ${gltfs.length} .gltf files (${gltfs.join(', ')}): put one model in each upload.`,
    );
  const gltfName = gltfs[0]!;
  const json = parseJson(files[gltfName]!);
  if ('ok' in json) return json;
  const base = gltfName.includes('/') ? gltfName.slice(0, gltfName.lastIndexOf('/')) : '';
  const resources = new Map<string, Uint8Array>();
  const outside: string[] = [];
  for (const uri of externalUris(json)) {
    const inZip = pathInZip(base, uri);
    const file = inZip === null ? undefined : files[inZip];
    if (file) resources.set(uri, file);
    else outside.push(uri);
  }
  if (outside.length) return outsideProblem(outside, 'in the .zip');
  return { format: 'gltf', bytes: files[gltfName]!, json, resources };
}

/** Reads an upload's container; refuses what cannot be a glTF 2.0 model before the validator runs. */
export function readModelUpload(bytes: Uint8Array): ModelSource | ModelRefusal {
  if (bytes.byteLength > MAX_MODEL_BYTES) return TOO_LARGE;
  if (bytes.byteLength === 0) return refuse('The file is empty. Choose a .glb or a .zip to upload.');
  const magic = ascii(bytes, 0, 4);
  if (magic === 'glTF') return readGlbHeader(bytes) ?? { format: 'glb', bytes };
  if (magic === 'PK\u0003\u0004') return readZip(bytes);
  const first = bytes.find(
    (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf,
  );
  if (first === 0x7b) {
    const json = parseJson(bytes);
    if ('ok' in json) return json;
    const uris = externalUris(json);
    if (uris.length) return outsideProblem(uris, 'inside the .gltf');
    return { format: 'gltf', bytes, json, resources: new Map() };
  }
  if (bytes.byteLength >= 4 && magic.slice(0, 3).toLowerCase() === 'glt')
    return refuse(
      'The file starts like a GLB but its magic is wrong ("' + magic + '"): it is damaged. Export it again.',
    );
  return NOT_A_MODEL;
}
