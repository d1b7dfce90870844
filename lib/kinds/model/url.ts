// Where a stored model is served (app/api/models/[file]/route.ts), shared by the browser and the server.

/** The URL of the stored GLB named by its sha256. */
export const modelUrl = (sha256: string): string => `/api/models/${sha256}.glb`;

/** The storage key of the stored GLB named by its sha256. */
export const modelKey = (sha256: string): string => `models/${sha256}.glb`;
