/**
 * An attachment's size as staff read it: bytes under 1 KB, whole KB under 1 MB, MB to one decimal.
 * @example formatBytes(48_213) // '47 KB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
